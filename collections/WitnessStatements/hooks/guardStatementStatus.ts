import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { memberWithRole } from '@/access/member'
import { mayRequestStatements } from '../access/mayRequestStatements'
import { lockedStatementStatus } from '../lockedStatementStatus'
import { linkingContextKey, signatureOf } from '../statementContext'

export const signedMeanwhileMessage = 'This statement was signed a moment ago. Reload the page to see it.'

/** Where each side may move a statement from its current status. */
const requesterMoves: Record<string, readonly string[]> = {
  draft: ['draft', 'awaiting-signature', 'withdrawn'],
  'awaiting-signature': ['draft', 'awaiting-signature', 'withdrawn'],
}
const reporterMoves: Record<string, readonly string[]> = {
  'awaiting-signature': ['awaiting-signature', 'signed'],
}

/**
 * The status moves each side may make: police and staff draft, send and withdraw; only the reporter signs,
 * and only with the declaration accepted, an occupation, a statement and their signature (handed over in
 * `req.context` by the signing action). Signing stamps the time. A signed or withdrawn statement is final.
 */
export const guardStatementStatus: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || req.context[linkingContextKey]) return data
  const fail = (message: string, path = 'status'): never => {
    throw new ValidationError({ collection: 'witness-statements', errors: [{ message, path }], req })
  }
  const from = String(originalDoc?.status ?? 'draft')
  const to = String(data.status ?? from)
  const reporter = memberWithRole(req, 'member', 'business-manager')
  const moves = mayRequestStatements(req) ? requesterMoves : reporter ? reporterMoves : {}
  if (!moves[from]?.includes(to)) fail('This statement can no longer be changed that way.')
  if (to !== 'signed') return data
  const merged = { ...originalDoc, ...data }
  if (!String(merged.body ?? '').trim()) fail('Write your statement before you sign it.', 'body')
  if (!String(merged.occupation ?? '').trim()) fail('Enter your occupation.', 'occupation')
  if (merged.declarationAccepted !== true)
    fail('Tick the declaration to confirm the statement is true.', 'declarationAccepted')
  if (!signatureOf(req.context)) fail('Sign in the box before you submit.', 'signature')
  // Two signings at once (a double tap, two tabs) both found it awaiting signature: lock the row in this
  // transaction and look again, so the second waits for the first and is refused (one signed PDF).
  if ((await lockedStatementStatus(req, originalDoc?.id)) !== from) fail(signedMeanwhileMessage)
  return { ...data, signedAt: new Date().toISOString() }
}
