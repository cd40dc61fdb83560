import type { User } from '@/payload-types'

/** One recovery code as stored: only a salted scrypt hash, and when it was spent. */
export type StoredRecoveryCode = { salt: string; hash: string; usedAt: string | null }

/** The `secondFactor` group of a staff account, as the database holds it (secrets sealed, see sealSecret). */
export type SecondFactorRecord = NonNullable<User['secondFactor']>

/** What a successful code check did, written back by the beforeLogin hook for the sign-in action. */
export type SecondFactorResult =
  | { method: 'totp' }
  | { method: 'recovery'; remaining: number }
  | { method: 'enrolled'; recoveryCodes: string[] }

/**
 * The request context our staff sign-in passes to `payload.login` (key `staffSignIn`). Without it the
 * beforeLogin hook refuses every login, so Payload's REST login and the stock admin form never issue a
 * session. `password` checks the password only (the hook then stops the login, so no session is made).
 */
export type StaffSignInContext =
  | { step: 'password' }
  | { step: 'code'; code: string; result?: SecondFactorResult }
  | { step: 'password-reset' }
