import { createHmac, timingSafeEqual } from 'node:crypto'
import { payloadSecret } from '@/lib/env/payloadSecret'

/**
 * The opaque token a business's poster carries (`b=` in its QR address): a keyed hash of the business id,
 * so it neither shows the id nor can be made up for another business, and needs no stored column. The
 * report form only compares it with the signed-in member's own business (docs/report-poster.md).
 */
export const posterToken = (businessId: number): string =>
  createHmac('sha256', payloadSecret()).update(`report-poster:${businessId}`).digest('base64url').slice(0, 22)

/** Whether `token` is the poster token of `businessId` (constant-time, any input). */
export const isPosterTokenOf = (token: unknown, businessId: number | null): boolean => {
  if (typeof token !== 'string' || businessId === null) return false
  const expected = Buffer.from(posterToken(businessId))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
