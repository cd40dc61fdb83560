import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { findUnusedRecoveryCode, storedRecoveryCodes } from './findUnusedRecoveryCode'
import { issueRecoveryCodes } from './issueRecoveryCodes'
import { matchTotpStep } from './matchTotpStep'
import { openSecret } from './openSecret'
import { SecondFactorRefused } from './signals'
import type { SecondFactorRecord, SecondFactorResult, StoredRecoveryCode } from './types'

type StaffRow = { id: number; email?: string | null; secondFactor?: SecondFactorRecord | null }

const saveFactor = (req: PayloadRequest, id: number, secondFactor: SecondFactorRecord) =>
  req.payload.update({
    collection: 'users',
    id,
    data: { secondFactor },
    depth: 0,
    // The factor fields are writable by nobody through any API; only this check (inside the login's
    // transaction, after Payload verified the password) changes them.
    overrideAccess: true,
    req,
  })

/**
 * Checks a code against the account's second factor inside the login transaction and records its use:
 * a TOTP code's time step (a step at or before the last one used is refused, so a code works once), a
 * recovery code's `usedAt`, or, for an account still enrolling, promotes the pending secret and issues
 * recovery codes. Throws SecondFactorRefused otherwise. The caller (`withAccountLock`) serialises sign-ins
 * of one account, so the row read here is current.
 */
export const checkSecondFactor = async (
  req: PayloadRequest,
  user: StaffRow,
  code: string,
): Promise<SecondFactorResult> => {
  const factor = user.secondFactor ?? {}
  const typed = code.trim().replace(/\s+/g, '')
  const actor = { collection: 'users' as const, id: user.id, email: user.email }
  const secret = openSecret(factor.secret)
  if (secret) {
    const step = matchTotpStep(secret, typed)
    if (step !== null) {
      if (typeof factor.lastUsedStep === 'number' && step <= factor.lastUsedStep) {
        throw new SecondFactorRefused(user.id, 'reused-code')
      }
      await saveFactor(req, user.id, { ...factor, lastUsedStep: step })
      return { method: 'totp' }
    }
    const codes = storedRecoveryCodes(factor.recoveryCodes)
    const index = /^\d{6}$/.test(typed) ? -1 : findUnusedRecoveryCode(codes, typed)
    if (index === -1) throw new SecondFactorRefused(user.id, 'wrong-code')
    const now = new Date().toISOString()
    const recoveryCodes: StoredRecoveryCode[] = codes.map((entry, at) =>
      at === index ? { ...entry, usedAt: now } : entry,
    )
    await saveFactor(req, user.id, { ...factor, recoveryCodes })
    const remaining = recoveryCodes.filter((entry) => !entry.usedAt).length
    await recordAudit(req, {
      action: 'second-factor',
      summary: `Signed in with a recovery code (${remaining} left)`,
      entityCollection: 'users',
      entityId: user.id,
      details: { event: 'recovery-code-used', remaining },
      actor,
    })
    return { method: 'recovery', remaining }
  }
  const pending = openSecret(factor.pendingSecret)
  if (!pending) throw new SecondFactorRefused(user.id, 'not-enrolled')
  const step = matchTotpStep(pending, typed)
  if (step === null) throw new SecondFactorRefused(user.id, 'wrong-code')
  const issued = issueRecoveryCodes()
  await saveFactor(req, user.id, {
    secret: factor.pendingSecret,
    pendingSecret: null,
    enabledAt: new Date().toISOString(),
    lastUsedStep: step,
    recoveryCodes: issued.stored,
  })
  await recordAudit(req, {
    action: 'second-factor',
    summary: 'Set up an authenticator app for staff sign-in',
    entityCollection: 'users',
    entityId: user.id,
    details: { event: 'enrolled', recoveryCodes: issued.codes.length },
    actor,
  })
  return { method: 'enrolled', recoveryCodes: issued.codes }
}
