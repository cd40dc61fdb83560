import path from 'node:path'
import type pg from 'pg'
import { aliases, firstNames, lastNames } from '../names'
import type { Random } from '../random'
import { bulkInsert } from './bulkInsert'
import { photoVariants, storeProfilePhoto } from './scalePhotos'

const builds = ['slim', 'medium', 'heavy', 'athletic']
const hair = ['short dark', 'shaved', 'long fair', 'ginger', 'grey', 'dark curly', 'dyed red']
const clothing = ['grey hooded top', 'black puffer jacket', 'tracksuit', 'hi-vis vest', 'denim jacket']
const markers = ['violence', 'weapons', 'drugs', 'threats', 'group', 'prolific']

/**
 * 10,000 fictional profiles, most approved and in the gallery, each with one photo on disk. Index 0 is the
 * scheme's busiest profile (the incidents seed links hundreds of reports to it).
 */
export const scaleOffenders = async (
  client: pg.Client,
  random: Random,
  count: number,
  storageDir: string,
  log: (message: string) => void,
): Promise<number[]> => {
  const approvedBy = (
    (await client.query("select id from users where email = 'manager@ntars.test'")).rows[0] as
      | { id: number }
      | undefined
  )?.id
  const now = Date.now()
  const rows = Array.from({ length: count }, (_, index) => {
    const idSought = index > 0 && random.chance(0.1)
    const first = random.pick(firstNames)
    const last = random.pick(lastNames)
    const status =
      index === 0
        ? 'approved'
        : random.weighted(['approved', 'archived', 'proposed', 'rejected'], [85, 9, 4, 2])
    const created = new Date(now - random.int(10, 1800) * 86_400_000)
    const excluded = status === 'approved' && random.chance(0.08)
    return [
      idSought ? 'Unidentified person' : `${first} ${last}`,
      idSought ? null : first,
      idSought ? null : last,
      idSought ? 'id-sought' : 'known',
      `${random.int(18, 60)}-${random.int(20, 65)}`,
      `${random.int(150, 195)} cm`,
      random.pick(builds),
      random.pick(hair),
      random.chance(0.3) ? 'Tattoo on the left hand' : null,
      random.pick(clothing),
      random.chance(0.4) ? 'Works the aisles nearest the door, leaves quickly.' : null,
      excluded ? random.pick(['warning', 'exclusion']) : 'none',
      excluded ? new Date(now - random.int(1, 200) * 86_400_000).toISOString() : null,
      excluded ? new Date(now + random.int(30, 300) * 86_400_000).toISOString() : null,
      status,
      status === 'approved' || status === 'archived' ? created.toISOString() : null,
      status === 'approved' || status === 'archived' ? (approvedBy ?? null) : null,
      status === 'archived' ? new Date(now - random.int(1, 80) * 86_400_000).toISOString() : null,
      created.toISOString(),
      created.toISOString(),
    ]
  })
  const ids = await bulkInsert(
    client,
    'offenders',
    [
      'display_name',
      'first_name',
      'last_name',
      'gallery',
      'appearance_age_range',
      'appearance_height',
      'appearance_build',
      'appearance_hair',
      'appearance_distinguishing_features',
      'appearance_usual_clothing',
      'modus_operandi',
      'exclusion_stage',
      'exclusion_starts_at',
      'exclusion_ends_at',
      'status',
      'approved_at',
      'approved_by_id',
      'archived_at',
      'created_at',
      'updated_at',
    ],
    rows,
  )
  // Each excluded profile's running notice, and the profile's mirror pointing at it (as the notices' hooks would).
  await client.query(
    `INSERT INTO exclusion_notices (offender_id, stage, outcome, starts_at, ends_at, retain_until,
       calculation_override_reason, created_at, updated_at)
     SELECT id, exclusion_stage::text::enum_exclusion_notices_stage, 'running', exclusion_starts_at,
       exclusion_ends_at, exclusion_ends_at + interval '24 months', 'Scale seed: no calculation.', now(), now()
     FROM offenders WHERE id = ANY($1) AND exclusion_stage <> 'none'`,
    [ids],
  )
  await client.query(
    `UPDATE offenders o SET exclusion_current_notice_id = n.id FROM exclusion_notices n
     WHERE n.offender_id = o.id AND o.id = ANY($1)`,
    [ids],
  )
  log(`  ${ids.length} profiles; drawing photos…`)

  const aliasRows: unknown[][] = []
  const markerRows: unknown[][] = []
  for (const [index, id] of ids.entries()) {
    if (random.chance(0.25)) aliasRows.push([1, id, `scale-alias-${id}`, random.pick(aliases)])
    if (index === 0 || random.chance(0.15)) markerRows.push([1, id, 'warningMarkers', random.pick(markers)])
  }
  await bulkInsert(client, 'offenders_aliases', ['_order', '_parent_id', 'id', 'alias'], aliasRows, false)
  // The gallery search's column, as collections/Offenders/hooks/deriveSearchText.ts builds it on a save.
  await client.query(
    `update offenders o set search_text = nullif(concat_ws(E'\\n',
       nullif(btrim(o.display_name), ''),
       (select string_agg(a.alias, E'\\n' order by a._order) from offenders_aliases a
         where a._parent_id = o.id and btrim(a.alias) <> ''),
       nullif(btrim(o.appearance_distinguishing_features), ''),
       nullif(btrim(o.appearance_usual_clothing), '')), '')
     where o.id = any($1::int[])`,
    [ids],
  )
  await bulkInsert(
    client,
    'offenders_rels',
    ['order', 'parent_id', 'path', 'warning_markers_id'],
    markerRows,
    false,
  )

  const dir = path.join(storageDir, 'evidence')
  const variants = await photoVariants(dir, 24)
  const evidenceRows: unknown[][] = []
  for (const [index, id] of ids.entries()) {
    const variant = variants[index % variants.length] as (typeof variants)[number]
    const stored = await storeProfilePhoto(dir, variant, `scale-profile-${id}`)
    evidenceRows.push([
      'offender-photo',
      `Photo of profile #${id}`,
      id,
      variant.originalSha256,
      `/api/evidence/file/${stored.filename}`,
      `/api/evidence/file/${stored.thumbnail}`,
      stored.filename,
      'image/webp',
      variant.size,
      480,
      600,
      `/api/evidence/file/${stored.thumbnail}`,
      320,
      320,
      'image/webp',
      variant.thumbnailSize,
      stored.thumbnail,
    ])
  }
  const evidenceIds = await bulkInsert(
    client,
    'evidence',
    [
      'kind',
      'caption',
      'offender_id',
      'original_sha256',
      'url',
      'thumbnail_u_r_l',
      'filename',
      'mime_type',
      'filesize',
      'width',
      'height',
      'sizes_thumbnail_url',
      'sizes_thumbnail_width',
      'sizes_thumbnail_height',
      'sizes_thumbnail_mime_type',
      'sizes_thumbnail_filesize',
      'sizes_thumbnail_filename',
    ],
    evidenceRows,
  )
  await bulkInsert(
    client,
    'offenders_rels',
    ['order', 'parent_id', 'path', 'evidence_id'],
    evidenceIds.map((evidenceId, index) => [1, ids[index], 'photos', evidenceId]),
    false,
  )
  return ids
}
