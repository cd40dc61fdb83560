import 'server-only'
import type { Account } from '@/access/accountOf'
import { currentMember } from '@/lib/auth/currentMember'
import { staffFromHeaders } from '@/lib/auth/staffFromHeaders'

/**
 * Who is asking for or serving a notice: a signed-in member of the members' area (checked session, active
 * account) or a staff account signed in to the admin. What each may do is the notice's own access rule.
 */
export const noticeViewerOf = async (headers: Headers): Promise<Account | null> =>
  (await currentMember()) ?? (await staffFromHeaders(headers))
