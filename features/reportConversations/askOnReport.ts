import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { mayAskOnReports } from '@/collections/ReportMessages/access/mayAskOnReports'
import { errorMessageOf } from '@/lib/errors/errorMessageOf'
import { askSchema } from './askSchema'
import type { ConversationResult } from './conversationResult'

/**
 * Police or scheme staff ask the reporter of a report a question, or for CCTV. The collection takes the author
 * from the session, checks the report is one the asker may read and emails the reporter. Bad input writes
 * nothing.
 */
export const askOnReport = async (
  payload: Payload,
  account: Account | null,
  input: Record<string, unknown>,
  headers?: Headers,
): Promise<ConversationResult> => {
  if (!account || !mayAskOnReports({ user: account }))
    return { ok: false, error: 'Only police officers and scheme managers can ask on a report.' }
  const parsed = askSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Check the message.' }
  const ask = parsed.data
  const req = await createLocalReq({ user: account, req: headers ? { headers } : {} }, payload)
  try {
    const created = await payload.create({
      collection: 'report-messages',
      data: {
        incident: ask.incidentId,
        kind: ask.kind,
        body: ask.body,
        cctvFrom: ask.cctvFrom?.toISOString() ?? null,
        cctvTo: ask.cctvTo?.toISOString() ?? null,
        cctvPlace: ask.cctvPlace,
      },
      depth: 0,
      req,
      user: account,
      overrideAccess: false,
    })
    return { ok: true, id: created.id }
  } catch (error) {
    payload.logger.warn({ msg: 'Report message refused', incident: ask.incidentId, err: error })
    return { ok: false, error: errorMessageOf(error, 'The message could not be sent.') }
  }
}
