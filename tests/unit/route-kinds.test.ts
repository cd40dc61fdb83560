/**
 * Every section of the members' area, the admin and the staff pages gets the nonce policy: a new folder
 * there that the list forgot would otherwise silently get the public pages' weaker script policy.
 */
import { readdirSync, readFileSync } from 'node:fs'
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
    for (const pathname of ['/', '/campaigns/x', '/news/page/2', '/support/food', '/privacy']) {
      expect(routeKindOf(pathname), pathname).toBe('public')
    }
  })

  // A public page rendered per request never reaches the page cache, so it would get no hash policy
  // (lib/cache/pageCacheHandler.mjs): it must be a nonce page instead.
  it('gives every public page rendered per request a nonce', () => {
    const frontend = path.join(process.cwd(), 'app', '(frontend)')
    const dynamicPages = (readdirSync(frontend, { recursive: true }) as string[])
      .filter((file) => file.endsWith('page.tsx'))
      .filter((file) => /dynamic = 'force-dynamic'/.test(readFileSync(path.join(frontend, file), 'utf8')))
    expect(dynamicPages).toContain(path.join('join', 'page.tsx'))
    for (const file of dynamicPages) {
      const pathname = `/${path.dirname(file).replace(/\[[^\]]+\]/g, 'x')}`
      expect(routeKindOf(pathname), pathname).toBe('dynamic')
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
