/**
 * Several app instances (docs/deploy.md): staff publish on instance A (the app `npm test` started), and
 * instance B, a second `next start` on the same build and database with nginx (deploy/nginx.conf) in front
 * of it, serves the change within 2 seconds, from its own page cache and through nginx's. B learns of the
 * publish only through the PostgreSQL broadcast (lib/broadcast/): the page's own revalidation is hourly,
 * and B empties nginx's cache itself when the message arrives (A does not know that cache).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoDomain } from '@/seed/accounts'
import { startNginx } from '../../scripts/lib/nginx/startNginx'
import { type StartedApp, startApp } from '../../scripts/lib/startApp'
import { baseUrl, signIn } from '../helpers/http'

const slug = 'cops-adopt-a-shop'
const page = `/campaigns/${slug}`
let instanceB: StartedApp
let nginx: Awaited<ReturnType<typeof startNginx>>
let work: string
let admin: Record<string, string>
let campaignId: number
let originalSummary: string

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const get = async (url: string) => {
  const response = await fetch(url)
  return {
    html: await response.text(),
    next: response.headers.get('x-nextjs-cache'),
    edge: response.headers.get('x-cache-status'),
  }
}

/** Publishes a new summary on instance A, as staff do in the admin. */
const publishSummary = async (summary: string) => {
  const response = await fetch(`${baseUrl()}/api/campaigns/${campaignId}`, {
    method: 'PATCH',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ summary, _status: 'published' }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'ntars-broadcast-'))
  const cacheDir = path.join(work, 'nginx', 'cache')
  const port = await freePort()
  instanceB = await startApp({
    env: { ...process.env, NTARS_EDGE_CACHE_DIR: cacheDir, NTARS_JOBS: 'off' },
    port,
    logFile: path.join(work, 'instance-b.log'),
  })
  nginx = await startNginx({
    listenPort: await freePort(),
    upstreamPort: port,
    cacheDir,
    workDir: path.join(work, 'nginx'),
  })
  admin = await signIn('users', `admin@${demoDomain}`)
  const found = await fetch(`${baseUrl()}/api/campaigns?where[slug][equals]=${slug}&depth=0&limit=1`, {
    headers: admin,
  })
  const doc = ((await found.json()) as { docs: { id: number; summary: string }[] }).docs[0]
  if (!doc) throw new Error(`The demo campaign ${slug} is missing`)
  campaignId = doc.id
  originalSummary = doc.summary
}, 180_000)

afterAll(async () => {
  if (campaignId) await publishSummary(originalSummary)
  await nginx?.stop()
  await instanceB?.stop()
})

describe('a publish on one instance', () => {
  it('reaches another instance’s page cache and the nginx cache in front of it within 2 seconds', async () => {
    // B and nginx both serve the page from their caches.
    for (let tries = 0; tries < 5 && (await get(`${instanceB.url}${page}`)).next !== 'HIT'; tries++)
      await pause(200)
    expect((await get(`${instanceB.url}${page}`)).next).toBe('HIT')
    await get(`${nginx.url}${page}`)
    expect((await get(`${nginx.url}${page}`)).edge).toBe('HIT')

    const summary = `Broadcast check ${Date.now()}: every instance shows this within two seconds.`
    await publishSummary(summary)
    await pause(2000)

    const direct = await get(`${instanceB.url}${page}`)
    expect(direct.html, readFileSync(path.join(work, 'instance-b.log'), 'utf8').slice(-2000)).toContain(
      summary,
    )
    const throughNginx = await get(`${nginx.url}${page}`)
    expect(throughNginx.edge).not.toBe('HIT')
    expect(throughNginx.html).toContain(summary)
  })
})
