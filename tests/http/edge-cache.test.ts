/**
 * The production cache layer (deploy/nginx.conf, run by the real nginx in front of the built app) caches
 * public pages for anonymous visitors and never stores a members' page, the admin, the API, or any response
 * to a request that carries a cookie (a session).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeEdgeCache } from '@/lib/revalidate/purgeEdgeCache'
import { startNginx } from '@/scripts/lib/nginx/startNginx'
import { baseUrl, demoPassword } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'

let nginx: Awaited<ReturnType<typeof startNginx>>
let cacheDir: string
let memberCookie: string

/** The keys of every entry nginx has written to its cache directory. */
const storedKeys = (): string[] => {
  const keys: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry)
      if (statSync(file).isDirectory()) walk(file)
      else {
        const key = /\nKEY: (.*)\n/.exec(readFileSync(file).toString('latin1'))?.[1]
        if (key) keys.push(key)
      }
    }
  }
  walk(cacheDir)
  return keys
}

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${nginx.url}${url}`, { headers, redirect: 'manual' }).then(async (response) => ({
    status: response.status,
    cache: response.headers.get('x-cache-status'),
    body: await response.text(),
  }))

beforeAll(async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'ntars-nginx-'))
  cacheDir = path.join(work, 'cache')
  nginx = await startNginx({
    listenPort: 3400 + Math.floor(Math.random() * 400),
    upstreamPort: Number(new URL(baseUrl()).port),
    cacheDir,
    workDir: work,
  })
  const signedIn = await memberSignIn('member@ntars.test', demoPassword)
  expect(signedIn.signedIn).toBe(true)
  memberCookie = signedIn.cookie
})

afterAll(async () => {
  await nginx?.stop()
})

describe('the cache layer', () => {
  it('caches a public page for anonymous visitors', async () => {
    await get('/campaigns/cops-adopt-a-shop')
    const second = await get('/campaigns/cops-adopt-a-shop')
    expect(second.status).toBe(200)
    expect(second.cache).toBe('HIT')
    expect(storedKeys()).toContain('/campaigns/cops-adopt-a-shop')
  })

  it('never serves or stores a public page for a request with a session cookie', async () => {
    await get('/')
    const signedIn = await get('/', { Cookie: memberCookie })
    expect(signedIn.cache).toBe('BYPASS')
    const before = storedKeys().length
    await get('/news', { Cookie: memberCookie })
    await get('/news', { Cookie: memberCookie })
    expect(storedKeys().length).toBe(before)
  })

  it('never stores a members’ page, the admin or the API, signed in or not', async () => {
    for (const url of [
      '/offenders',
      '/reports',
      '/report',
      '/api/offenders?limit=1',
      '/api/members/me',
      '/admin',
    ]) {
      const signedIn = await get(url, { Cookie: memberCookie })
      expect(signedIn.cache, url).not.toBe('HIT')
      await get(url)
      expect((await get(url)).cache, url).not.toBe('HIT')
    }
    const members = await get('/offenders', { Cookie: memberCookie })
    expect(members.status).toBe(200)
    const keys = storedKeys()
    for (const key of keys) {
      expect(key, `stored ${key}`).toMatch(
        /^\/(|campaigns(\/.*)?|news(\/.*)?|support(\/.*)?|privacy|sitemap\.xml|robots\.txt|_next\/static\/.*)(\?.*)?$/,
      )
    }
    // Nothing in the cache holds what only a signed-in member sees.
    for (const key of keys) expect(key).not.toMatch(/offenders|reports|api|admin/)
  })

  it('is emptied when staff publish, so the next visit reaches the app', async () => {
    await get('/support')
    expect((await get('/support')).cache).toBe('HIT')
    expect(purgeEdgeCache(cacheDir)).toBeGreaterThan(0)
    expect((await get('/support')).cache).not.toBe('HIT')
  })
})
