/**
 * The gallery cache (lib/galleryCache): members whose access gives the same rows share a cached page, and any
 * committed change to profiles drops it on every instance through the database's own NOTIFY, so a member never
 * sees a page older than the last change; with no listening connection nothing is cached at all.
 */
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { searchGallery } from '@/features/gallery/searchGallery'
import { broadcastState } from '@/lib/broadcast/broadcastState'
import { startCacheBroadcast } from '@/lib/broadcast/startCacheBroadcast'
import { stopCacheBroadcast } from '@/lib/broadcast/stopCacheBroadcast'
import { postgresOf } from '@/lib/database/postgresOf'
import { cachedGalleryRead } from '@/lib/galleryCache/cachedGalleryRead'
import { dropGalleryCache } from '@/lib/galleryCache/dropGalleryCache'
import { galleryCacheState } from '@/lib/galleryCache/galleryCacheState'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
const dialect = new PgDialect()
let users: Awaited<ReturnType<typeof loadRoleUsers>>
const word = `Wintergreenhollow${process.pid}`

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  startCacheBroadcast(process.env.DATABASE_URL, () => undefined)
  await until(() => broadcastState().client !== null)
})

afterAll(async () => {
  await stopCacheBroadcast()
  dropGalleryCache()
})

describe('the gallery cache', () => {
  it('answers the same query from memory, shared by members with the same access', async () => {
    dropGalleryCache()
    const execute = vi.spyOn(postgresOf(payload).drizzle, 'execute')
    // The page's own query (the rate limit and the audit entry are written on every read, cached or not).
    const galleryReads = () =>
      execute.mock.calls.filter(([query]) => dialect.sqlToQuery(query as SQL).sql.includes('AS cards')).length
    const first = await searchGallery(users.member as MemberAccount, { query: 'a' })
    expect(first.totalDocs).toBeGreaterThan(0)
    expect(galleryReads()).toBe(1)
    const again = await searchGallery(users['business-manager'] as MemberAccount, { query: 'a' })
    expect(again.cards).toEqual(first.cards)
    expect(galleryReads()).toBe(1)
    await searchGallery(users.member as MemberAccount, { query: 'b' })
    expect(galleryReads()).toBe(2)
    execute.mockRestore()
  })

  it('drops the page when a change to a profile commits, and the next read shows it', async () => {
    const before = await searchGallery(users.member as MemberAccount, { query: word })
    expect(before.totalDocs).toBe(0)
    const generation = galleryCacheState().generation
    const { docs } = await payload.find({
      collection: 'offenders',
      where: { status: { equals: 'approved' }, safeguarding: { equals: false } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // test set-up
    })
    const profile = docs[0]
    if (!profile) throw new Error('The seed has no gallery profile')
    await payload.update({
      collection: 'offenders',
      id: profile.id,
      data: { aliases: [...(profile.aliases ?? []), { alias: word }] },
      overrideAccess: true, // staff's edit, as the admin would make it
    })
    await until(() => galleryCacheState().generation > generation)
    const after = await searchGallery(users.member as MemberAccount, { query: word })
    expect(after.cards.map((card) => card.id)).toEqual([profile.id])
    await payload.update({
      collection: 'offenders',
      id: profile.id,
      data: { aliases: profile.aliases ?? [] },
      overrideAccess: true, // test tidy-up
    })
  })

  it('keeps no result read while a change committed', async () => {
    dropGalleryCache()
    await cachedGalleryRead('racing', async () => {
      dropGalleryCache()
      return { rows: 1 }
    })
    expect(galleryCacheState().pages.has('racing')).toBe(false)
    await cachedGalleryRead('steady', async () => ({ rows: 1 }))
    expect(galleryCacheState().pages.has('steady')).toBe(true)
  })

  it('caches nothing with NTARS_GALLERY_CACHE=off', async () => {
    vi.stubEnv('NTARS_GALLERY_CACHE', 'off')
    dropGalleryCache()
    await cachedGalleryRead('switched-off', async () => ({ rows: 1 }))
    vi.unstubAllEnvs()
    expect(galleryCacheState().pages.has('switched-off')).toBe(false)
  })

  it('caches nothing while it cannot hear the change notices', async () => {
    await stopCacheBroadcast()
    dropGalleryCache()
    await cachedGalleryRead('deaf', async () => ({ rows: 1 }))
    expect(galleryCacheState().pages.has('deaf')).toBe(false)
  })
})
