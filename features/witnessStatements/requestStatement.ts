import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { mayRequestStatements } from '@/collections/WitnessStatements/access/mayRequestStatements'
import { errorMessageOf } from '@/lib/errors/errorMessageOf'
import { draftStatementBody } from './draftStatementBody'
import { emailStatementRequest } from './emailStatementRequest'
import { readStatementFacts } from './readStatementFacts'
import { requestStatementSchema } from './requestStatementSchema'

export type RequestStatementResult = { ok: true; id: number; emailed: boolean } | { ok: false; error: string }

/**
 * Police or scheme staff ask the reporter of a report for a witness statement: the draft is written from
 * the report and sent straight to the reporter for signature, and the reporter emailed. The collection
 * takes the witness from the report and the requester from the session, and checks the report is one the
 * requester may read. Bad input writes nothing.
 */
export const requestStatement = async (
  payload: Payload,
  account: Account | null,
  input: { incidentId: unknown; note: unknown },
  headers?: Headers,
): Promise<RequestStatementResult> => {
  if (!account || !mayRequestStatements({ user: account }))
    return { ok: false, error: 'Only police officers and scheme managers can ask for a witness statement.' }
  const parsed = requestStatementSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Check the request.' }
  const { incidentId, note } = parsed.data
  const facts = await readStatementFacts(payload, account, incidentId)
  if (!facts) return { ok: false, error: 'That report was not found.' }
  const req = await createLocalReq({ user: account, req: headers ? { headers } : {} }, payload)
  try {
    const created = await payload.create({
      collection: 'witness-statements',
      data: {
        incident: incidentId,
        status: 'awaiting-signature',
        requestNote: note || null,
        body: draftStatementBody(facts),
      },
      depth: 0,
      req,
      user: account,
      overrideAccess: false,
    })
    const reporter = relationId(created.reporter) as number
    const emailed = await emailStatementRequest(payload, account, { id: created.id, reporter })
    return { ok: true, id: created.id, emailed }
  } catch (error) {
    payload.logger.warn({ msg: 'Witness statement request refused', incident: incidentId, err: error })
    return { ok: false, error: errorMessageOf(error, 'The statement could not be requested.') }
  }
}
