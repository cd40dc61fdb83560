/**
 * SITE_URL is the public address: production refuses to build or start without it rather than silently
 * serving as localhost (which would drop Secure and `__Host-` cookies and put localhost in every emailed
 * link); development falls back to localhost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { siteOrigin } from '@/lib/env/siteOrigin'
import { siteUrl } from '@/lib/env/siteUrl'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('siteUrl', () => {
  it('refuses production without SITE_URL, saying what to set', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SITE_URL', '')
    expect(() => siteUrl()).toThrow(/SITE_URL must be set in production/)
  })

  it('falls back to localhost in development only', () => {
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('SITE_URL', '')
    expect(siteUrl()).toBe('http://localhost:3000')
  })

  it('takes the address as given, without a trailing slash, and its origin', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SITE_URL', 'https://ntars.example.org/')
    expect(siteUrl()).toBe('https://ntars.example.org')
    expect(siteOrigin()).toBe('https://ntars.example.org')
  })

  it('refuses an address that is not a full http(s) URL', () => {
    for (const value of ['ntars.example.org', 'ftp://ntars.example.org']) {
      vi.stubEnv('SITE_URL', value)
      expect(() => siteUrl(), value).toThrow(/SITE_URL must be/)
    }
  })
})
