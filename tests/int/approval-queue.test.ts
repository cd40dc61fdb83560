/**
 * The approval queue's query modules and the photo likeness behind them: evidence keeps a visual hash,
 * a proposal's look-alikes are found by photo and description but never by a placeholder name, and older
 * images get their hash from the backfill.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { StaffAccount } from '@/access/accountOf'
import { backfillVisualHashes } from '@/features/evidence/backfillVisualHashes'
import { listProposals } from '@/features/proposals/listProposals'
import { loadProposalReview } from '@/features/proposals/loadProposalReview'
import { placeholderImage } from '@/seed/placeholderImage'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let manager: StaffAccount
const overrideAccess = true // set-up and read-back
const run = Date.now().toString(36)

const photo = async (label: string, look = label) => {
  const image = await placeholderImage(label, 150, look)
  return payload.create({
    collection: 'evidence',
    data: { kind: 'cctv-still' },
    file: {
      data: image,
      mimetype: 'image/jpeg',
      name: `queue-${run}-${label.replace(/\W+/g, '-')}.jpg`,
      size: image.length,
    },
    depth: 0,
    overrideAccess,
  })
}

const profile = (data: Record<string, unknown>) =>
  payload.create({ collection: 'offenders', data: data as never, depth: 0, overrideAccess })

let known: { id: number }
let stillOfKnown: { id: number }
let unnamedOther: { id: number }

beforeAll(async () => {
  payload = await testPayload()
  manager = (await loadRoleUsers(payload))['scheme-manager'] as StaffAccount
  const knownPhoto = await photo(`Known ${run}`)
  known = await profile({
    firstName: 'Quenby',
    lastName: `Marchbank${run}`,
    gallery: 'known',
    status: 'approved',
    photos: [knownPhoto.id],
    appearance: { usualClothing: 'grey hoodie and joggers', hair: 'short dark', build: 'slim' },
  })
  // The same scene under another caption: a second still of the same person.
  const still = await photo(`CCTV ${run}`, `Known ${run}`)
  stillOfKnown = await profile({
    gallery: 'id-sought',
    status: 'proposed',
    photos: [still.id],
    appearance: { usualClothing: 'green parka' },
  })
  unnamedOther = await profile({
    gallery: 'id-sought',
    status: 'proposed',
    photos: [(await photo(`Other ${run}`)).id],
    appearance: { usualClothing: 'grey hoodie and joggers', hair: 'short dark', build: 'slim' },
  })
})

describe('evidence visual hash', () => {
  it('is stored from the re-encoded image when evidence is uploaded', async () => {
    const stored = await photo(`Hash ${run}`)
    expect(stored.visualHash).toMatch(/^[0-9a-f]{16}$/)
  })

  it('is given to older images by the backfill, from the stored file', async () => {
    const older = await photo(`Older ${run}`)
    const hash = older.visualHash
    await payload.db.updateOne({ collection: 'evidence', id: older.id, data: { visualHash: null } })
    const result = await backfillVisualHashes(payload)
    expect(result.hashed).toBeGreaterThanOrEqual(1)
    const after = await payload.findByID({ collection: 'evidence', id: older.id, depth: 0, overrideAccess })
    expect(after.visualHash).toBe(hash)
  })
})

describe('possible duplicates flagged on a new proposal', () => {
  it('flags the profile whose photo it shares, and not one that only wears the same clothes', async () => {
    const stored = await payload.findByID({
      collection: 'offenders',
      id: stillOfKnown.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.possibleDuplicates).toContain(known.id)
    const other = await payload.findByID({
      collection: 'offenders',
      id: unnamedOther.id,
      depth: 0,
      overrideAccess,
    })
    expect(other.possibleDuplicates ?? []).not.toContain(known.id)
  })

  it('never flags unnamed entries as duplicates of each other for being unnamed', async () => {
    const a = await profile({ gallery: 'id-sought', status: 'proposed' })
    const b = await profile({ gallery: 'id-sought', status: 'proposed' })
    const stored = await payload.findByID({ collection: 'offenders', id: b.id, depth: 0, overrideAccess })
    expect(stored.displayName).toBe('Unidentified person')
    expect(stored.possibleDuplicates ?? []).not.toContain(a.id)
  })
})

describe('the queue query modules', () => {
  it('lists waiting proposals oldest first, and no approved profile', async () => {
    const { proposals, total } = await listProposals(payload, manager)
    const ids = proposals.map((proposal) => proposal.id)
    expect(ids).toContain(stillOfKnown.id)
    expect(ids).not.toContain(known.id)
    expect(ids.indexOf(stillOfKnown.id)).toBeLessThan(ids.indexOf(unnamedOther.id))
    expect(total).toBeGreaterThanOrEqual(proposals.length)
    const created = proposals.map((proposal) => proposal.createdAt)
    expect(created).toEqual([...created].sort())
  })

  it('opens a proposal beside its look-alike, matched on the photo, with its reports', async () => {
    const review = await loadProposalReview(payload, manager, stillOfKnown.id)
    expect(review?.proposal.name).toBe('Unidentified person')
    expect(review?.proposal.photos).toHaveLength(1)
    const match = review?.lookAlikes.find((lookAlike) => lookAlike.id === known.id)
    expect(match?.likeness.photo).toBe(1)
    expect(match?.likeness.name).toBe(0)
    expect(match?.name).toBe(`Quenby Marchbank${run}`)
    expect(match?.incidentCount).toBe(0)
    expect(match?.sharedIncidents).toBe(0)
    expect(review?.lookAlikes.map((lookAlike) => lookAlike.id)).not.toContain(unnamedOther.id)
  })

  it('counts the reports a look-alike shares with the proposal', async () => {
    const business = await payload.find({ collection: 'businesses', limit: 1, depth: 0, overrideAccess })
    await payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        description: 'Two people took stock together.',
        offenders: [known.id, stillOfKnown.id],
        business: business.docs[0]?.id,
      } as never,
      depth: 0,
      overrideAccess,
    })
    const review = await loadProposalReview(payload, manager, stillOfKnown.id)
    const match = review?.lookAlikes.find((lookAlike) => lookAlike.id === known.id)
    expect(match?.sharedIncidents).toBe(1)
    expect(review?.proposal.reports.map((report) => report.type)).toContain('Theft')
  })

  it('gives nothing for a profile that is not waiting for review', async () => {
    expect(await loadProposalReview(payload, manager, known.id)).toBeNull()
  })
})
