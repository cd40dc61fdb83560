import { createHmac } from 'node:crypto'
import { payloadSecret } from '@/lib/env/payloadSecret'

/**
 * A rate-limit key such as `join-ip:<hash>`. The value (an IP address, an email) is hashed with a keyed HMAC
 * so the table holds no personal data and a leaked row cannot be reversed by guessing addresses.
 */
export const rateLimitKey = (scope: string, value: string): string => {
  const digest = createHmac('sha256', payloadSecret())
    .update(`${scope}\u0000${value.trim().toLowerCase()}`)
    .digest('base64url')
  return `${scope}:${digest}`
}
