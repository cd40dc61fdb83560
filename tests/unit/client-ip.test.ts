/**
 * The client address is what the trusted proxy saw on its socket: the entry it appended to
 * X-Forwarded-For, counted from the right. Anything a client writes into the header itself stands further
 * left and is never taken, so it cannot dodge per-address limits or forge audit addresses.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { clientIp } from '@/lib/audit/clientIp'

const headers = (forwarded: string | null, realIp?: string) => {
  const result = new Headers()
  if (forwarded !== null) result.set('x-forwarded-for', forwarded)
  if (realIp) result.set('x-real-ip', realIp)
  return result
}

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS
})

describe('clientIp behind the shipped nginx (one trusted proxy, the default)', () => {
  it('takes the entry the proxy appended, not the one the client wrote', () => {
    expect(clientIp(headers('6.6.6.6, 203.0.113.9'))).toBe('203.0.113.9')
    expect(clientIp(headers('1.1.1.1, 2.2.2.2,203.0.113.9'))).toBe('203.0.113.9')
  })

  it('takes the only entry when the client sent none', () => {
    expect(clientIp(headers('203.0.113.9'))).toBe('203.0.113.9')
  })

  it('ignores X-Real-IP, which a client can send when nothing overwrites it', () => {
    expect(clientIp(headers(null, '6.6.6.6'))).toBeUndefined()
    expect(clientIp(headers('203.0.113.9', '6.6.6.6'))).toBe('203.0.113.9')
  })

  it('has no address for requests without headers (scripts, jobs) or with an empty header', () => {
    expect(clientIp(undefined)).toBeUndefined()
    expect(clientIp(headers(' , '))).toBeUndefined()
  })
})

describe('TRUSTED_PROXY_HOPS', () => {
  it('counts further from the right behind a load balancer and nginx', () => {
    process.env.TRUSTED_PROXY_HOPS = '2'
    expect(clientIp(headers('6.6.6.6, 203.0.113.9, 10.0.0.5'))).toBe('203.0.113.9')
  })

  it('never reads past the left end when the chain is shorter than the hops', () => {
    process.env.TRUSTED_PROXY_HOPS = '2'
    expect(clientIp(headers('203.0.113.9'))).toBe('203.0.113.9')
  })

  it('refuses a value that is not a whole number from 1 to 5', () => {
    for (const value of ['0', '-1', 'two', '6', '1.5']) {
      process.env.TRUSTED_PROXY_HOPS = value
      expect(() => clientIp(headers('203.0.113.9'))).toThrow(
        'TRUSTED_PROXY_HOPS must be a whole number from 1 to 5',
      )
    }
  })
})
