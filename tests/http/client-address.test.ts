/**
 * A client cannot choose its own address: only the X-Forwarded-For entry the trusted proxy appended counts
 * (lib/audit/clientIp.ts), so writing a new address into the header on every attempt does not escape the
 * per-address sign-in limit.
 */
import { describe, expect, it } from 'vitest'
import { authLimits } from '@/lib/rateLimit/authLimits'
import { memberSignIn } from '../helpers/memberSession'

const octet = () => Math.floor(Math.random() * 254) + 1
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

describe('the per-address sign-in limit', () => {
  it('holds when the client writes a different forwarded address into every attempt', async () => {
    // What nginx saw on its socket: the same for every attempt.
    const seenByProxy = `10.${octet()}.${octet()}.${octet()}`
    const forged = () => `203.0.113.${octet()}, ${seenByProxy}`
    for (let attempt = 0; attempt < authLimits.signInPerIp.limit; attempt++) {
      const { response } = await memberSignIn(`nobody-${unique()}@ntars.test`, 'wrong-password', forged())
      expect(response.headers.get('location')).not.toMatch(/limited/)
    }
    const { response } = await memberSignIn(`nobody-${unique()}@ntars.test`, 'wrong-password', forged())
    expect(response.headers.get('location')).toMatch(/code=limited(%3A|:)\d+/)
  })
})
