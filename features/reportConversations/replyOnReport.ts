import 'server-only'
import { randomUUID } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { mayReplyOnReports } from '@/collections/ReportMessages/access/mayReplyOnReports'
import { removeStoredFiles } from '@/features/evidence/removeStoredFiles'
import { fileSubmission } from '@/features/reports/fileSubmission'
import { removeBatchFiles } from '@/features/reports/removeBatchFiles'
import { removeUploadedFiles } from '@/features/reports/removeUploadedFiles'
import { errorMessageOf } from '@/lib/errors/errorMessageOf'
import type { Evidence } from '@/payload-types'
import type { ConversationResult } from './conversationResult'
import { replySchema } from './replySchema'

/**
 * The reporter (or their business manager) answers on their report's thread, with words and photos. The
 * report is read with their own access first (one they may not read is "not found", nothing uploaded); the
 * photos go through the report form's pipeline (evidence: sharp re-encode, content check, size limit) and
 * are written with the message in one transaction, so a refused answer leaves no photo behind.
 */
export const replyOnReport = async (
  payload: Payload,
  member: MemberAccount | null,
  input: Record<string, unknown>,
  headers?: Headers,
): Promise<ConversationResult> => {
  if (!member || !mayReplyOnReports({ user: member }))
    return { ok: false, error: 'Sign in as the reporter to answer on this report.' }
  const parsed = replySchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Check your answer.' }
  const reply = parsed.data
  const incident = await payload.findByID({
    collection: 'incidents',
    id: reply.incidentId,
    select: { business: true },
    depth: 0,
    disableErrors: true,
    user: member,
    overrideAccess: false,
  })
  if (!incident) return { ok: false, error: 'That report was not found.' }
  const req = await createLocalReq({ user: member, req: headers ? { headers } : {} }, payload)
  const stored: Evidence[] = []
  const batch = randomUUID()
  try {
    await initTransaction(req)
    for (const [index, photo] of reply.photos.entries()) {
      stored.push(
        await payload.create({
          collection: 'evidence',
          data: { kind: 'incident-photo', incident: reply.incidentId },
          file: await fileSubmission(photo, index, batch),
          depth: 0,
          req,
          user: member,
          overrideAccess: false,
        }),
      )
    }
    const created = await payload.create({
      collection: 'report-messages',
      data: {
        incident: reply.incidentId,
        kind: 'reply',
        body: reply.body,
        photos: stored.map((doc) => doc.id),
      },
      depth: 0,
      req,
      user: member,
      overrideAccess: false,
    })
    await commitTransaction(req)
    return { ok: true, id: created.id }
  } catch (error) {
    await killTransaction(req).catch(() => {})
    await removeStoredFiles(stored).catch(() => {})
    await removeBatchFiles(batch).catch(() => {})
    await removeUploadedFiles(stored).catch(() => {})
    payload.logger.warn({
      msg: 'Report reply refused',
      incident: reply.incidentId,
      member: member.id,
      err: error,
    })
    return { ok: false, error: errorMessageOf(error, 'Your answer could not be sent. Try again.') }
  }
}
