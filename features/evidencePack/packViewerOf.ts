import 'server-only'
import type { Account } from '@/access/accountOf'
import { currentMember } from '@/lib/auth/currentMember'
import { staffFromHeaders } from '@/lib/auth/staffFromHeaders'

/**
 * Who is asking for a pack: a signed-in member of the members' area (checked session, active account) or
 * a staff account signed in to the admin. Which of them may export is decided by the pack itself.
 */
export const packViewerOf = async (request: Request): Promise<Account | null> =>
  (await currentMember()) ?? (await staffFromHeaders(request.headers))
