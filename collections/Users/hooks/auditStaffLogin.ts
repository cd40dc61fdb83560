import type { CollectionAfterLoginHook } from 'payload'
import { auditLogin } from '@/lib/audit/auditLogin'
import { staffSignInContextOf } from '@/lib/staffAuth/staffSignInContextOf'

/** Audits staff sign-ins; a password reset (whose session is discarded at once) is not a sign-in. */
export const auditStaffLogin: CollectionAfterLoginHook = async (args) => {
  if (staffSignInContextOf(args.req.context)?.step === 'password-reset') return args.user
  return auditLogin(args)
}
