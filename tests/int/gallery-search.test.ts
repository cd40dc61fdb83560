/**
 * The gallery reads its cards with one SQL query over the rows the offenders' access function allows
 * (features/gallery/searchGallery.ts). It must show exactly what Payload's own find shows for the same Where,
 * for every kind of viewer and every filter, page by page.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { galleryWhere } from '@/features/gallery/galleryWhere'
import { type GalleryFilters, searchGallery } from '@/features/gallery/searchGallery'
import { createAccessFixtures } from '../helpers/fixtures'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let viewers: Record<string, MemberAccount>

/** What the Local API gives for the same filters and viewer, as cards. */
const throughLocalApi = async (viewer: MemberAccount, filters: GalleryFilters) => {
  const limit = filters.limit ?? 24
  const result = await payload.find({
    collection: 'offenders',
    where: galleryWhere(filters),
    sort: filters.recentDays ? ['-lastIncidentAt', 'displayName', 'id'] : ['displayName', 'id'],
    page: filters.page ?? 1,
    limit,
    depth: 0,
    select: {
      displayName: true,
      gallery: true,
      warningMarkers: true,
      photos: true,
      lastIncidentAt: true,
      exclusion: { stage: true },
    },
    user: viewer,
    overrideAccess: false,
  })
  return {
    totalDocs: result.totalDocs,
    cards: result.docs.map((doc) => ({
      id: doc.id,
      name: doc.displayName ?? 'Unidentified person',
      gallery: doc.gallery,
      warningMarkers: doc.warningMarkers ?? [],
      photoId: relationId(doc.photos?.[0]),
      lastIncidentAt: doc.lastIncidentAt ?? null,
      exclusionStage: doc.exclusion?.stage ?? null,
    })),
  }
}

beforeAll(async () => {
  payload = await testPayload()
  const fx = await createAccessFixtures(payload)
  // A few more profiles so searches, markers and pages have something to tell apart.
  for (const [index, marker] of (['violence', 'drugs', 'prolific', 'violence'] as const).entries()) {
    await payload.create({
      collection: 'offenders',
      data: {
        firstName: `Gallery${index}`,
        lastName: 'Searchable',
        status: 'approved',
        gallery: index % 2 ? 'id-sought' : 'known',
        warningMarkers: [marker, 'group'],
        aliases: [{ alias: `Nickname${index}` }],
        appearance: { usualClothing: index === 2 ? 'Tangerine quilted gilet' : 'Grey hoodie' },
        photos: index === 1 ? [fx.evidence.evApproved] : [],
      },
      overrideAccess: true, // test set-up
    })
  }
  const users = await loadRoleUsers(payload)
  viewers = {
    member: users.member as MemberAccount,
    police: users.police as MemberAccount,
    'partner-asb': users['partner-asb'] as MemberAccount,
  }
})

const cases: [string, GalleryFilters][] = [
  ['first page', {}],
  ['a name', { query: 'gallery1' }],
  ['an alias', { query: 'nickname3' }],
  ['a description', { query: 'tangerine quilted' }],
  ['a warning marker', { markers: ['violence'] }],
  ['one gallery', { gallery: 'id-sought' }],
  ['recent activity', { recentDays: 90 }],
  ['a later page', { page: 2, limit: 3 }],
  ['a page past the end', { page: 50, limit: 3 }],
  ['a search with % and _ in it', { query: '%_' }],
]

describe('searchGallery', () => {
  for (const role of ['member', 'police', 'partner-asb']) {
    for (const [label, filters] of cases) {
      it(`${label}, for ${role}: the same cards and count as Payload's find`, async () => {
        const viewer = viewers[role] as MemberAccount
        const expected = await throughLocalApi(viewer, filters)
        const actual = await searchGallery(viewer, filters)
        expect(actual.cards).toEqual(expected.cards)
        expect(actual.totalDocs).toBe(expected.totalDocs)
      })
    }
  }

  it('finds the profiles it was given something to find', async () => {
    const found = await searchGallery(viewers.police as MemberAccount, { query: 'tangerine quilted' })
    expect(found.cards.map((card) => card.name)).toEqual(['Gallery2 Searchable'])
    const marked = await searchGallery(viewers.police as MemberAccount, { markers: ['drugs'] })
    const gallery1 = marked.cards.find((card) => card.name === 'Gallery1 Searchable')
    expect(gallery1?.warningMarkers).toEqual(['drugs', 'group'])
    expect(gallery1?.photoId).toBeTypeOf('number')
  })

  it('reads only fields without field-level read access or read hooks', () => {
    for (const name of [
      'displayName',
      'gallery',
      'warningMarkers',
      'photos',
      'lastIncidentAt',
      'exclusion',
    ]) {
      const field = payload.collections.offenders.config.flattenedFields.find((f) => f.name === name)
      expect(field, name).toBeDefined()
      expect(field && 'access' in field ? field.access?.read : undefined, name).toBeUndefined()
      const hooks = field && 'hooks' in field ? field.hooks : undefined
      expect(hooks?.afterRead ?? [], name).toEqual([])
    }
  })
})
