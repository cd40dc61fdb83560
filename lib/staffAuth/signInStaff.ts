import { createLocalReq, LockedAuth, type Payload } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { countFailedSignIn } from '@/lib/metrics/countFailedSignIn'
import { releaseAttempt } from '@/lib/rateLimit/releaseAttempt'
import { checkStaffSignInRateLimits } from './checkStaffSignInRateLimits'
import { isPasswordAccepted, isSecondFactorRefused } from './signals'
import { staffSignInSchema } from './staffSignInSchema'
import { startEnrolment } from './startEnrolment'
import type { StaffSignInContext } from './types'
import { withAccountLock } from './withAccountLock'

export type StaffSignInRefusal =
  | 'input'
  | 'invalid'
  | 'locked'
  | 'rate-limited'
  | 'code-needed'
  | 'wrong-code'

export type StaffSignInResult =
  | { signedIn: { token: string; userId: number; recoveryCodes?: string[]; recoveryCodesLeft?: number } }
  | { enrol: { secret: string; email: string } }
  | { refused: StaffSignInRefusal; message?: string }

const auditFailure = async (payload: Payload, email: string, reason: string, ip: string) => {
  countFailedSignIn('staff', reason)
  const req = await createLocalReq(
    { req: { headers: new Headers(ip ? { 'x-forwarded-for': ip } : {}) } },
    payload,
  )
  await recordAudit(req, {
    action: 'login-failed',
    summary: `Staff sign-in refused (${reason})`,
    entityCollection: 'users',
    details: { email, reason },
  })
}

const login = (payload: Payload, email: string, password: string, staffSignIn: StaffSignInContext) =>
  payload.login({
    collection: 'users',
    data: { email, password },
    context: { staffSignIn },
    // Login reads no one's data: Payload checks the password and lockout, the beforeLogin hook the code.
    overrideAccess: true,
  })

/**
 * Staff sign-in: password AND a second factor, the only way to a staff session (docs/staff-second-factor.md).
 * With no code, the password alone is checked (no session is made): an account without a factor gets a
 * secret to enrol with, an enrolled one is asked for its code. With a code, Payload's login runs with the
 * code in its context and the users beforeLogin hook checks it; only then is a session and token issued.
 */
export const signInStaff = async (
  payload: Payload,
  input: { email: unknown; password: unknown; code: unknown },
  who: { ip: string },
): Promise<StaffSignInResult> => {
  const parsed = staffSignInSchema.safeParse({ ...input, code: input.code ?? '' })
  if (!parsed.success) return { refused: 'input', message: parsed.error.issues[0]?.message }
  const { email, password, code } = parsed.data
  const limits = await checkStaffSignInRateLimits(payload, { ip: who.ip, email })
  // A right password (and code, when one was given) takes its attempt back: only failures add up.
  const release = () => Promise.all(limits.keys.map((key) => releaseAttempt(payload, key)))
  if (!limits.allowed) {
    await auditFailure(payload, email, 'rate-limited', who.ip)
    return { refused: 'rate-limited' }
  }
  const staffSignIn: StaffSignInContext = code ? { step: 'code', code } : { step: 'password' }
  try {
    const result = await withAccountLock(payload, email, () => login(payload, email, password, staffSignIn))
    const outcome = staffSignIn.step === 'code' ? staffSignIn.result : undefined
    if (!result.token || !result.user || !outcome) throw new Error('Staff login returned no session')
    await release()
    return {
      signedIn: {
        token: result.token,
        userId: result.user.id,
        recoveryCodes: outcome.method === 'enrolled' ? outcome.recoveryCodes : undefined,
        recoveryCodesLeft: outcome.method === 'recovery' ? outcome.remaining : undefined,
      },
    }
  } catch (error) {
    if (isPasswordAccepted(error)) {
      await release()
      if (error.enrolled) return { refused: 'code-needed' }
      return { enrol: { secret: await startEnrolment(payload, error.userId, error.pendingSecret), email } }
    }
    if (isSecondFactorRefused(error)) {
      await auditFailure(payload, email, error.reason, who.ip)
      return { refused: 'wrong-code' }
    }
    // instanceof, then the message: production builds minify class names.
    const locked = error instanceof LockedAuth || /locked/i.test((error as Error).message)
    await auditFailure(payload, email, locked ? 'locked' : 'invalid', who.ip)
    return { refused: locked ? 'locked' : 'invalid' }
  }
}
