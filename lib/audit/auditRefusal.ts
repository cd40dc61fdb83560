import type { AfterErrorHook, PayloadRequest } from 'payload'
import { countFailedSignIn } from '@/lib/metrics/countFailedSignIn'
import { auditAccessDenied } from './auditAccessDenied'
import { recordAudit } from './recordAudit'

const pathOf = (req: PayloadRequest) => {
  try {
    return new URL(req.url ?? '', 'http://localhost').pathname.slice(0, 300)
  } catch {
    return undefined
  }
}

/** The address a failed sign-in tried: the only part of a request body ever logged (never the password). */
const attemptedEmail = (req: PayloadRequest) => {
  const email = (req.data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 200) : undefined
}

/**
 * Root `hooks.afterError` (Payload's REST API and file routes): a request refused for lack of rights
 * writes one 'access-denied' entry with who (the user, if any), the path and method. A refused sign-in on
 * `/api/{users,members}/login` is a 'login-failed' entry instead: this is the only place Payload reports
 * a failed staff login. Validation and other errors are not refusals and are not logged here. The Local API
 * throws to its caller instead and never reaches this hook: server code that refuses logs it itself
 * (auditMemberRefusal).
 */
export const auditRefusal: AfterErrorHook = async ({ collection, error, req }) => {
  const status = (error as { status?: number }).status
  if (status !== 401 && status !== 403 && status !== 404) return
  const path = pathOf(req)
  const method = req.method
  const slug = collection?.slug
  if (status === 401 && slug && path?.endsWith(`/${slug}/login`)) {
    const email = attemptedEmail(req)
    countFailedSignIn(
      slug === 'users' ? 'staff' : 'member',
      /locked/i.test(error.message) ? 'locked' : 'invalid',
    )
    try {
      await recordAudit(req, {
        action: 'login-failed',
        summary: `${slug === 'users' ? 'Staff' : 'Member'} sign-in refused (${/locked/i.test(error.message) ? 'locked' : 'invalid'})`,
        entityCollection: slug,
        details: { email, path, method },
      })
    } catch (failure) {
      req.payload.logger.error({ msg: 'Could not audit a failed sign-in', err: (failure as Error).message })
    }
    return
  }
  const rawId = req.routeParams?.id
  const id = typeof rawId === 'string' && /^\d+$/.test(rawId) ? Number(rawId) : undefined
  // A 404 is a refusal only for a record that exists but the caller's access rule hides.
  if (status === 404 && (!slug || id === undefined)) return
  await auditAccessDenied(req, {
    summary: `Refused ${method} ${path ?? ''}`.trim(),
    entityCollection: slug,
    entityId: id,
    details: { path, method, status },
  })
}
