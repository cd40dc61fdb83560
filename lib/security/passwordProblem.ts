import { commonPasswords } from './commonPasswords'

export const minPasswordLength = 12
export const maxPasswordLength = 200

/** Digits and punctuation people tack on to a common word to pass a rule ("Password2026!"). */
const decoration = /^[\d\W_]+|[\d\W_]+$/g

/**
 * Why a new password is refused, as a sentence for the person choosing it, or null when it is acceptable.
 * Length first (the strongest single rule), then the shipped list of common and breached passwords, the
 * same with the usual digits and symbols stripped, and passwords made of a few repeated characters.
 */
export const passwordProblem = (password: string): string | null => {
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`
  if (password.length > maxPasswordLength) return 'That password is too long.'
  const lower = password.toLowerCase()
  if (commonPasswords().has(lower)) {
    return 'That password is on a list of common or breached passwords. Choose something less predictable, such as three or four unrelated words.'
  }
  const core = lower.replace(decoration, '')
  if (core.length >= 4 && commonPasswords().has(core)) {
    return 'That password is a common password with numbers or symbols added. Choose something less predictable, such as three or four unrelated words.'
  }
  if (new Set(lower).size < 5)
    return 'That password repeats too few different characters. Choose something less predictable.'
  return null
}
