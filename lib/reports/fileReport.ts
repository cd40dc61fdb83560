import 'server-only'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { removeStoredFiles } from '@/lib/evidence/removeStoredFiles'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import type { Evidence } from '@/payload-types'
import { fileSubmission } from './fileSubmission'
import { reportFromForm, reportSchema } from './reportSchema'

export type ReportResult =
  | { ok: true; reference: string; id: number; proposed: boolean }
  | { ok: false; message: string; fieldErrors?: Record<string, string> }

const referenceOf = (id: number) => `NT-${String(id).padStart(6, '0')}`

/**
 * Files a report for a signed-in member. Validates with zod, and writes the photos,
 * any ID-sought proposal and the incident in one transaction: a failed photo leaves no half-report.
 * Reporter, business and status are taken from the session by the collection's hooks.
 */
export const fileReport = async (member: MemberAccount | null, form: FormData): Promise<ReportResult> => {
  if (!member || (member.role !== 'member' && member.role !== 'business-manager')) {
    return {
      ok: false,
      message: 'Your session has ended. Sign in again to send this report; nothing you typed is lost.',
    }
  }
  const parsed = reportSchema.safeParse(reportFromForm(form))
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'form')
      fieldErrors[key] ??= issue.message
    }
    return { ok: false, message: 'Some answers need another look.', fieldErrors }
  }
  const report = parsed.data
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: member }, payload)
  const asMember = { req, user: member }
  const stored: Evidence[] = []
  await initTransaction(req)
  try {
    for (const [index, photo] of report.photos.entries()) {
      stored.push(
        await payload.create({
          collection: 'evidence',
          data: { kind: report.proposeIdSought ? 'cctv-still' : 'incident-photo' },
          file: await fileSubmission(photo, index),
          depth: 0,
          ...asMember,
          overrideAccess: false,
        }),
      )
    }
    const photoIds = stored.map((doc) => doc.id)
    const proposal = report.proposeIdSought
      ? await payload.create({
          collection: 'offenders',
          data: {
            gallery: 'id-sought',
            appearance: { distinguishingFeatures: report.unknownDescription },
            photos: photoIds,
          },
          depth: 0,
          ...asMember,
          overrideAccess: false,
        } as never)
      : null
    const incident = await payload.create({
      collection: 'incidents',
      data: {
        type: report.type as never,
        occurredAt: report.occurredAt.toISOString(),
        description: report.description,
        summary: report.description.slice(0, 140),
        spot: report.spot,
        valueLost: report.valueLost,
        valueRecovered: report.valueRecovered,
        policeCalled: report.policeCalled,
        police: report.crimeReference ? { crimeReference: report.crimeReference } : undefined,
        offenders: [...report.offenderIds, ...(proposal ? [proposal.id] : [])],
        unknownPersonDescription: report.unknownDescription,
        evidence: photoIds,
      },
      depth: 0,
      ...asMember,
      overrideAccess: false,
    } as never)
    await commitTransaction(req)
    return { ok: true, id: incident.id, reference: referenceOf(incident.id), proposed: Boolean(proposal) }
  } catch (error) {
    await killTransaction(req)
    await removeStoredFiles(stored).catch(() => {})
    const status = (error as { status?: number }).status
    const messages = (error as { data?: { errors?: { message: string; path?: string }[] } }).data?.errors
    payload.logger.warn({
      msg: 'Report refused',
      status,
      member: member.id,
      fields: messages?.map((entry) => entry.path),
    })
    if (status && status < 500 && messages?.length) {
      const fieldErrors = Object.fromEntries(
        messages.map((entry) => [
          entry.path === 'offenders' ? 'offenderIds' : (entry.path ?? 'form'),
          entry.message,
        ]),
      )
      return { ok: false, message: 'Some answers need another look.', fieldErrors }
    }
    if (status && status < 500) {
      return { ok: false, message: (error as Error).message || 'The report was refused.' }
    }
    return {
      ok: false,
      message: 'The report could not be saved just now and nothing was kept. Please try again.',
    }
  }
}
