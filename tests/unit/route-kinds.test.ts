/**
 * Every section of the members' area, the admin and the staff pages gets the nonce policy: a new folder
 * there that the list forgot would otherwise silently get the public pages' weaker script policy.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@/lib/security/contentSecurityPolicy'
import { permissionsPolicy } from '@/lib/security/permissionsPolicy'
import { routeKindOf } from '@/lib/security/routeKindOf'

const sectionsOf = (group: string) =>
  readdirSync(path.join(process.cwd(), 'app', group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

describe('routeKindOf', () => {
  for (const group of ['(members)', '(staff)']) {
    for (const section of sectionsOf(group)) {
      it(`/${section} (${group}) is dynamic`, () => expect(routeKindOf(`/${section}/x`)).toBe('dynamic'))
    }
  }

  it('puts the admin, the API and the public site where they belong', () => {
    expect(routeKindOf('/admin/collections/users')).toBe('dynamic')
    expect(routeKindOf('/api/members/me')).toBe('api')
    for (const pathname of ['/', '/campaigns/x', '/news/page/2', '/support/food', '/privacy', '/join']) {
      expect(routeKindOf(pathname), pathname).toBe('public')
    }
  })
})

describe('contentSecurityPolicy', () => {
  it('allows inline script only by nonce on dynamic pages', () => {
    const csp = contentSecurityPolicy('dynamic', { nonce: 'abc', https: true })
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain('upgrade-insecure-requests')
  })

  it('lets nothing run in API responses', () => {
    expect(contentSecurityPolicy('api', { https: false })).toMatch(/^default-src 'none'/)
  })
})

describe('permissionsPolicy', () => {
  it('allows the camera on the report form only', () => {
    expect(permissionsPolicy('/report')).toMatch(/camera=\(self\)/)
    expect(permissionsPolicy('/reports')).toMatch(/camera=\(\)/)
    expect(permissionsPolicy('/')).toMatch(/camera=\(\)/)
  })
})
