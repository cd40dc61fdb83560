import { randomBytes } from 'node:crypto'
import { hashRecoveryCode } from './hashRecoveryCode'
import type { StoredRecoveryCode } from './types'

export const recoveryCodeCount = 10

// No 0/o, 1/l/i: codes are read off paper.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

const randomCode = () => {
  const bytes = randomBytes(10)
  const chars = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

/** Ten single-use recovery codes: the plain codes to show once, and their salted hashes to store. */
export const issueRecoveryCodes = (): { codes: string[]; stored: StoredRecoveryCode[] } => {
  const codes = Array.from({ length: recoveryCodeCount }, randomCode)
  const stored = codes.map((code) => {
    const salt = randomBytes(16).toString('base64url')
    return { salt, hash: hashRecoveryCode(code, salt), usedAt: null }
  })
  return { codes, stored }
}
