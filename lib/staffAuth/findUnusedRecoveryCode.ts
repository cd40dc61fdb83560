import { timingSafeEqual } from 'node:crypto'
import { hashRecoveryCode } from './hashRecoveryCode'
import type { StoredRecoveryCode } from './types'

const isStoredCode = (value: unknown): value is StoredRecoveryCode =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredRecoveryCode).salt === 'string' &&
  typeof (value as StoredRecoveryCode).hash === 'string'

/** The stored recovery codes, ignoring anything malformed in the json column. */
export const storedRecoveryCodes = (value: unknown): StoredRecoveryCode[] =>
  Array.isArray(value) ? value.filter(isStoredCode) : []

/** Index of the unused stored code that matches what was typed, or -1. */
export const findUnusedRecoveryCode = (stored: StoredRecoveryCode[], typed: string): number =>
  stored.findIndex((entry) => {
    if (entry.usedAt) return false
    const candidate = Buffer.from(hashRecoveryCode(typed, entry.salt))
    const expected = Buffer.from(entry.hash)
    return candidate.length === expected.length && timingSafeEqual(candidate, expected)
  })
