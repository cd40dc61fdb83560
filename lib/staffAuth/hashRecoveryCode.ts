import { scryptSync } from 'node:crypto'

/** Recovery codes are typed by people: compare them without dashes, spaces or case. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '')

/** scrypt of one recovery code with its own salt (base64url); the code itself is never stored. */
export const hashRecoveryCode = (code: string, salt: string): string =>
  scryptSync(normaliseRecoveryCode(code), Buffer.from(salt, 'base64url'), 32).toString('base64url')
