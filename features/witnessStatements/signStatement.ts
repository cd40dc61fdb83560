import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { memberWithRole } from '@/access/member'
import { signatureContextKey } from '@/collections/WitnessStatements/statementContext'
import { errorMessageOf } from '@/lib/errors/errorMessageOf'
import { SignatureRejected, signatureImage } from '@/lib/images/signatureImage'
import { type SignStatementField, signStatementSchema } from './signStatementSchema'

export type SignStatementResult =
  | { ok: true; id: number }
  | { ok: false; error: string; field?: SignStatementField }

/**
 * The reporter signs their statement: the form is validated, the drawn signature checked and re-encoded,
 * then the statement updated as the reporter (their own, awaiting signature: the collection's access). The
 * collection's hooks stamp the time, print the PDF with the signature and store it. Anything refused
 * writes nothing.
 */
export const signStatement = async (
  payload: Payload,
  account: Account | null,
  input: Record<string, unknown>,
  headers?: Headers,
): Promise<SignStatementResult> => {
  const reporter = account ? memberWithRole({ user: account }, 'member', 'business-manager') : null
  if (!reporter) return { ok: false, error: 'Only the witness can sign their statement.' }
  const parsed = signStatementSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      error: issue?.message ?? 'Check your statement.',
      field: issue?.path[0] as SignStatementField | undefined,
    }
  }
  const { id, body, occupation, over18, signature } = parsed.data
  let png: Buffer
  try {
    png = await signatureImage(signature)
  } catch (error) {
    if (error instanceof SignatureRejected) return { ok: false, error: error.message, field: 'signature' }
    throw error
  }
  const req = await createLocalReq(
    { user: reporter, context: { [signatureContextKey]: png }, req: headers ? { headers } : {} },
    payload,
  )
  try {
    await payload.update({
      collection: 'witness-statements',
      id,
      data: { body, occupation, over18, declarationAccepted: true, status: 'signed' },
      depth: 0,
      req,
      user: reporter,
      overrideAccess: false,
    })
    return { ok: true, id }
  } catch (error) {
    const status = (error as { status?: number }).status
    payload.logger.warn({ msg: 'Witness statement signing refused', statement: id, status, err: error })
    if (status === 404 || status === 403)
      return { ok: false, error: 'This statement is not waiting for your signature.' }
    return { ok: false, error: errorMessageOf(error, 'Your statement could not be signed. Try again.') }
  }
}
