import { createHash } from 'node:crypto'
import { payloadSecret } from '@/lib/env/payloadSecret'

/**
 * The AES key that seals TOTP secrets at rest, derived from PAYLOAD_SECRET: a database dump or backup alone
 * does not hand out working second factors. Rotating PAYLOAD_SECRET means staff enrol again.
 */
export const secretKey = (): Buffer =>
  createHash('sha256').update(`ntars-staff-totp\u0000${payloadSecret()}`).digest()
