/**
 * The gallery searches offenders.search_text (collections/Offenders/hooks/deriveSearchText.ts), through a
 * trigram index. The migration built the column for the profiles that existed; the hook builds it on every
 * save. Both must produce the same text, or a profile saved before the migration would be found by other
 * words than one saved after it; and the index must serve the gallery's search.
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { deriveSearchText } from '@/collections/Offenders/hooks/deriveSearchText'
import { postgresOf } from '@/lib/database/postgresOf'
import { testPayload } from '../helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const hookText = (doc: Record<string, unknown>) =>
  (deriveSearchText as (args: Parameters<CollectionBeforeChangeHook>[0]) => Record<string, unknown>)({
    data: {},
    originalDoc: doc,
  } as never).searchText

describe('the gallery search text', () => {
  it('is the same from the migration as from the hook, for every seeded profile', async () => {
    const { docs } = await payload.find({
      collection: 'offenders',
      depth: 0,
      limit: 0,
      pagination: false,
      // Every profile, whatever its status: the test compares stored text, it shows nothing.
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(5)
    expect(docs.some((doc) => doc.aliases?.length)).toBe(true)
    for (const doc of docs) expect(doc.searchText ?? '').toBe(hookText(doc as never))
  })

  it('is rebuilt when an alias changes, and found by it', async () => {
    const { docs } = await payload.find({
      collection: 'offenders',
      where: { status: { equals: 'approved' } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const profile = docs[0]
    if (!profile) throw new Error('The seed has no approved profile')
    const updated = await payload.update({
      collection: 'offenders',
      id: profile.id,
      data: { aliases: [...(profile.aliases ?? []), { alias: 'Quillbramble' }] },
      depth: 0,
      // Staff work, as the admin would do it: the test checks the derived column, not access.
      overrideAccess: true,
    })
    expect(updated.searchText).toContain('Quillbramble')
    const found = await payload.find({
      collection: 'offenders',
      where: { searchText: { like: 'quillbram' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([profile.id])
    await payload.update({
      collection: 'offenders',
      id: profile.id,
      data: { aliases: profile.aliases ?? [] },
      depth: 0,
      overrideAccess: true,
    })
  })

  it('is built only from fields whoever reads the profile may read', () => {
    // The column is readable wherever the profile is: a source field that gains a read rule must leave it.
    const fields = payload.collections.offenders.config.flattenedFields
    const readRule = (field: unknown) => (field as { access?: { read?: unknown } }).access?.read
    for (const name of ['displayName', 'aliases', 'appearance', 'searchText']) {
      const field = fields.find((candidate) => candidate.name === name)
      expect(field, name).toBeDefined()
      expect(readRule(field), name).toBeUndefined()
    }
    const nested = (name: string) =>
      (fields.find((candidate) => candidate.name === name) as { flattenedFields?: unknown[] })
        .flattenedFields ?? []
    for (const field of [...nested('aliases'), ...nested('appearance')])
      expect(readRule(field)).toBeUndefined()
    expect(nested('appearance').length).toBeGreaterThan(0)
  })

  it('has a trigram index the search can use', async () => {
    // The test database is small enough for a sequential scan to win; switched off (in one transaction, on
    // one connection) the planner shows whether the index can serve the search at all.
    const plan = await postgresOf(payload).drizzle.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`)
      return tx.execute(sql`EXPLAIN SELECT id FROM offenders WHERE search_text ILIKE '%saltmarsh%'`)
    })
    expect(JSON.stringify(plan.rows)).toContain('offenders_search_text_trgm_idx')
  })
})
