import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import { type Account, accountOf } from '@/access/accountOf'
import { recordAudit } from '@/lib/audit/recordAudit'
import { mayImport } from './mayImport'

export type ImportCaller = { ok: true; account: Account } | { ok: false; status: 401 | 403; message: string }

/**
 * Who is calling the import routes, from Payload's auth cookie or header: a scheme manager or admin may go
 * on. A signed-in account without the right (a member's token, an editor) is refused and audit-logged.
 */
export const importStaffOf = async (
  payload: Payload,
  headers: Headers,
  what: string,
): Promise<ImportCaller> => {
  const { user } = await payload.auth({ headers })
  const account = accountOf({ user: user as never })
  if (!account) return { ok: false, status: 401, message: 'Sign in to the admin to import.' }
  if (mayImport(account)) return { ok: true, account }
  const req = await createLocalReq({ user: account, req: { headers } }, payload)
  await recordAudit(req, {
    action: 'access-denied',
    summary: `Refused ${what}: not a scheme manager or admin`,
  })
  return { ok: false, status: 403, message: 'Only scheme managers and admins may import.' }
}
