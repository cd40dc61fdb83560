import 'server-only'
import { createLocalReq, LockedAuth, type Payload } from 'payload'
import { relationId } from '@/access/relationId'
import { businessRoles } from '@/access/roles'
import { recordAudit } from '@/lib/audit/recordAudit'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { countFailedSignIn } from '@/lib/metrics/countFailedSignIn'
import { checkAuthLimits } from '@/lib/rateLimit/checkAuthLimits'
import { releaseAttempt } from '@/lib/rateLimit/releaseAttempt'
import { memberSessionTimeouts } from './memberSessionTimeouts'
import { revokeMemberSession } from './revokeMemberSession'
import { sessionIdOf } from './sessionIdOf'
import { setMemberSessionDeadline } from './setMemberSessionDeadline'
import { signInSchema } from './signInSchema'

export type AuthorizedMember = { id: string; name: string; email: string; role: string; sid: string }
export type SignInRefusal = 'invalid' | 'locked' | 'suspended' | 'limited'
export type SignInOutcome =
  | { member: AuthorizedMember }
  | { refused: Exclude<SignInRefusal, 'limited'> }
  | { refused: 'limited'; retryAfterSeconds: number }

const businessIsActive = async (payload: Payload, businessId: number | null) => {
  if (businessId === null) return false
  const business = await payload.findByID({
    collection: 'businesses',
    id: businessId,
    depth: 0,
    select: { membershipStatus: true },
    disableErrors: true,
    overrideAccess: true, // part of signing in: nobody is signed in yet to read as
  })
  return business?.membershipStatus === 'active'
}

const auditFailure = async (payload: Payload, email: string, reason: SignInRefusal) => {
  countFailedSignIn('member', reason)
  const req = await createLocalReq({}, payload)
  await recordAudit(req, {
    action: 'login-failed',
    summary: `Member sign-in refused (${reason})`,
    details: { email, reason },
  })
}

/**
 * Checks member credentials through Payload (`payload.login`, so its lockout after 5 failures applies),
 * then refuses suspended accounts and members of businesses that are not active. Staff accounts live in
 * another collection and can never sign in here. Before any of that, the attempt is counted against the
 * per-address and per-account limits in PostgreSQL; a successful sign-in gives its attempt back.
 * The new Payload session starts with the idle deadline, not Payload's 8 hours (`decideMemberSession`).
 */
export const authorizeMember = async (
  credentials: unknown,
  meta: { ip?: string } = {},
  now: Date = new Date(),
): Promise<SignInOutcome> => {
  const parsed = signInSchema.safeParse(credentials)
  if (!parsed.success) return { refused: 'invalid' }
  const { email, password } = parsed.data
  const payload = await getPayloadClient()
  const limits = await checkAuthLimits(payload, 'signIn', { account: email, ip: meta.ip })
  if (limits.retryAfterSeconds !== null) {
    await auditFailure(payload, email, 'limited')
    return { refused: 'limited', retryAfterSeconds: limits.retryAfterSeconds }
  }
  let result: Awaited<ReturnType<typeof payload.login<'members'>>>
  try {
    // Login is not a read of other people's data; Payload checks the password and lockout itself.
    result = await payload.login({ collection: 'members', data: { email, password }, overrideAccess: true })
  } catch (error) {
    // instanceof, not the class name: production builds minify names.
    const locked = error instanceof LockedAuth || /locked/i.test((error as Error).message)
    await auditFailure(payload, email, locked ? 'locked' : 'invalid')
    return { refused: locked ? 'locked' : 'invalid' }
  }
  const member = result.user
  if (!member) return { refused: 'invalid' }
  const sid = result.token ? sessionIdOf(result.token) : null
  const businessBlocked =
    businessRoles.includes(member.role) && !(await businessIsActive(payload, relationId(member.business)))
  if (!sid || member.accountStatus !== 'active' || businessBlocked) {
    if (sid) await revokeMemberSession(payload, member.id, sid)
    await auditFailure(payload, email, 'suspended')
    return { refused: 'suspended' }
  }
  await setMemberSessionDeadline(payload, {
    memberId: member.id,
    sid,
    expiresAt: new Date(now.getTime() + memberSessionTimeouts.idleMinutes * 60_000),
    onlyLater: false,
  })
  await Promise.all(limits.keys.map((key) => releaseAttempt(payload, key)))
  return { member: { id: String(member.id), name: member.name, email: member.email, role: member.role, sid } }
}
