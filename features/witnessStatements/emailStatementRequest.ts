import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { schemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { siteUrl } from '@/lib/env/siteUrl'
import { statementRequestEmail } from './statementRequestEmail'

/**
 * Tells the reporter a statement waits for them. Their address is read as the requester (police and staff
 * may read members). A failed email does not undo the request: the statement is listed in the reporter's
 * members' area either way, and the failure is logged by statement id only.
 */
export const emailStatementRequest = async (
  payload: Payload,
  requester: Account,
  statement: { id: number; reporter: number },
): Promise<boolean> => {
  try {
    const reporter = await payload.findByID({
      collection: 'members',
      id: statement.reporter,
      select: { email: true },
      depth: 0,
      user: requester,
      overrideAccess: false,
    })
    const link = new URL(`/statements/${statement.id}`, siteUrl()).toString()
    await payload.sendEmail({
      to: reporter.email,
      ...statementRequestEmail(await schemeEmailFacts(payload), link),
    })
    return true
  } catch (error) {
    payload.logger.error({
      msg: 'Witness statement request email failed',
      statement: statement.id,
      err: error,
    })
    return false
  }
}
