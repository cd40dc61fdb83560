import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { MemberAccount } from '@/access/accountOf'
import { auditMemberListRead } from '@/lib/audit/auditMemberListRead'
import { beginMemberListRead } from '@/lib/audit/beginMemberListRead'
import { memberListReadRules } from '@/lib/audit/memberListReadRules'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import { cachedGalleryRead } from '@/lib/galleryCache/cachedGalleryRead'
import { hasHiddenCharacters } from '@/lib/validation/hiddenCharacters'
import type { GalleryFilters } from './galleryFilters'
import { galleryWhere } from './galleryWhere'

export type { GalleryFilters }

export type GalleryCard = {
  id: number
  name: string
  gallery: 'known' | 'id-sought'
  warningMarkers: string[]
  photoId: number | null
  lastIncidentAt: string | null
  exclusionStage: string | null
}

export type GalleryPage = {
  cards: GalleryCard[]
  page: number
  totalPages: number
  totalDocs: number
  /** Why the search could not be run, in words for the member (then there are no cards). */
  problem?: string
}

export const hiddenSearchCharacterMessage =
  'The search holds a hidden control character (such as NUL). Retype it without them.'

const dialect = new PgDialect()

type CardRow = [
  number,
  string | null,
  GalleryCard['gallery'],
  string[] | null,
  number | null,
  string | null,
  string | null,
]

/**
 * The offender gallery as this member may see it: search by name, alias or description, filter by warning
 * markers, gallery and recent activity. The offenders collection's own read access chooses the rows and
 * Payload's query builder turns the filters into SQL (lib/database/readableIdsSql.ts); one query then reads
 * the page of cards and the count. Through the Local API the same page took several times as long
 * (bench/RESULTS.md); the fields read have no field-level read access (tests/int/gallery-search.test.ts).
 */
export const searchGallery = async (member: MemberAccount, filters: GalleryFilters): Promise<GalleryPage> => {
  // PostgreSQL refuses NUL in text: say so instead of failing the page.
  if (filters.query && hasHiddenCharacters(filters.query)) {
    return { cards: [], page: 1, totalPages: 0, totalDocs: 0, problem: hiddenSearchCharacterMessage }
  }
  const payload = await getPayloadClient()
  // A list read like any other: rate-limited per member, and audit-logged with the cards shown (below).
  const listRead = await beginMemberListRead(member)
  if (listRead.refused) return { cards: [], page: 1, totalPages: 0, totalDocs: 0, problem: listRead.refused }
  const where = galleryWhere(filters)
  const visible = await readableIdsSql(payload, 'offenders', member, where)
  const limit = Math.min(Math.max(1, filters.limit ?? 24), memberListReadRules.maxRows)
  const page = Math.max(1, filters.page ?? 1)
  if (!visible) return { cards: [] as GalleryCard[], page, totalPages: 0, totalDocs: 0 }
  // Alphabetical by default; most recently active first when filtering on recent activity (every row then
  // has a date: Postgres would put profiles with none first in a descending sort).
  const order = filters.recentDays
    ? sql`o.last_incident_at DESC, o.display_name ASC, o.id ASC`
    : sql`o.display_name ASC, o.id ASC`
  const query = sql`
    WITH visible AS (${visible})
    SELECT (SELECT count(*) FROM visible) AS total,
      (SELECT coalesce(json_agg(json_build_array(id, display_name, gallery, markers, photo, last_incident_at,
                                                  exclusion_stage)), '[]')
         FROM (
           SELECT o.id, o.display_name, o.gallery, o.last_incident_at, o.exclusion_stage,
             (SELECT coalesce(array_agg(w.warning_markers_id ORDER BY w."order"), '{}')
                FROM offenders_rels w
                WHERE w.parent_id = o.id AND w.path = 'warningMarkers' AND w.warning_markers_id IS NOT NULL)
               AS markers,
             (SELECT r.evidence_id FROM offenders_rels r
                WHERE r.parent_id = o.id AND r.path = 'photos' AND r.evidence_id IS NOT NULL
                ORDER BY r."order" LIMIT 1) AS photo
           FROM offenders o WHERE o.id IN (SELECT id FROM visible)
           ORDER BY ${order} LIMIT ${limit} OFFSET ${(page - 1) * limit}
         ) card) AS cards
  `
  // Cached per query (lib/galleryCache): the key is the statement and its parameters, the reader's access
  // Where included, so members share a page only when their access gives them the same rows.
  const { sql: text, params } = dialect.sqlToQuery(query)
  const row = await cachedGalleryRead(`${text}\n${JSON.stringify(params)}`, async () => {
    const result = await postgresOf(payload).drizzle.execute(query)
    return (result.rows[0] ?? {}) as { total?: string; cards?: CardRow[] }
  })
  const totalDocs = Number(row.total ?? 0)
  const cards: GalleryCard[] = (row.cards ?? []).map(
    ([id, name, gallery, markers, photoId, lastIncidentAt, exclusionStage]) => ({
      id,
      name: name ?? 'Unidentified person',
      gallery,
      warningMarkers: markers ?? [],
      photoId,
      lastIncidentAt: lastIncidentAt ? new Date(lastIncidentAt).toISOString() : null,
      exclusionStage,
    }),
  )
  const totalPages = Math.ceil(totalDocs / limit)
  const ids = cards.map((card) => card.id)
  await auditMemberListRead(listRead.req, {
    collection: 'offenders',
    ids,
    page,
    totalPages,
    totalDocs,
    via: 'gallery',
  })
  return { cards, page, totalPages, totalDocs }
}
