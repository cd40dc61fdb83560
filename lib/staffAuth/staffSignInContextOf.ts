import type { RequestContext } from 'payload'
import type { StaffSignInContext } from './types'

const steps = new Set(['password', 'code', 'password-reset'])

/** The staff sign-in context on a request, when our own sign-in (server code) put it there. */
export const staffSignInContextOf = (context: RequestContext | undefined): StaffSignInContext | null => {
  const value = context?.staffSignIn as StaffSignInContext | undefined
  return value && typeof value === 'object' && steps.has(value.step) ? value : null
}
