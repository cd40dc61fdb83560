/**
 * Recognitions as evidence (collections/Recognitions, docs/access-control.md): a member's recognition
 * answers what a court asks (R v Turnbull; R v Smith for an image): the image viewed, one of the profile's
 * own images they may read, with its fingerprint copied at the time; how well and how long they knew the
 * person; the viewing conditions. Staff review it, and who and when come from the session.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, MemberAccount, StaffAccount } from '@/access/accountOf'
import { recognitionSchema } from '@/features/recognitions/recognitionSchema'
import { londonNowLocal } from '@/lib/time/londonTime'
import { tinyJpeg } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let member: MemberAccount
let profile: number
let profileImage: number
let otherProfileImage: number
const overrideAccess = true // test set-up and reading back what was stored

const answers = {
  knownFor: 'over-year',
  howWell: 'knows-name',
  howOften: 'many-times',
  lastSeenBefore: 'within-month',
  viewingTime: 'under-minute',
  lighting: 'daylight',
  obstructions: 'none',
} as const

const asMember = { user: undefined as unknown as Account, overrideAccess: false as const }

const image = async (offender: number, name: string) => {
  const bytes = await tinyJpeg()
  return (
    await payload.create({
      collection: 'evidence',
      data: { kind: 'offender-photo', offender },
      file: { data: bytes, mimetype: 'image/jpeg', name: `${name}.jpg`, size: bytes.length },
      overrideAccess,
    })
  ).id
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  asMember.user = member
  const offender = (lastName: string) =>
    payload.create({
      collection: 'offenders',
      data: { firstName: 'Recognitionfixture', lastName, status: 'approved', gallery: 'known' },
      overrideAccess,
    })
  profile = (await offender('Seen')).id
  const other = (await offender('Other')).id
  profileImage = await image(profile, 'recognition-profile')
  otherProfileImage = await image(other, 'recognition-other')
})

describe('the members’ form schema', () => {
  const form = {
    offender: '1',
    seenAt: londonNowLocal(new Date(Date.now() - 60 * 60_000)),
    confidence: 'likely',
    ...answers,
  }

  it('asks for the image from CCTV or a photo, and the distance in person', () => {
    const cctv = recognitionSchema.safeParse({ ...form, source: 'cctv' })
    expect(cctv.success ? null : cctv.error.issues[0]?.message).toBe(
      'Choose the image you recognised them from.',
    )
    const inPerson = recognitionSchema.safeParse({ ...form, source: 'in-person' })
    expect(inPerson.success ? null : inPerson.error.issues[0]?.message).toBe('Say how far away they were.')
    const missing = recognitionSchema.safeParse({
      ...form,
      source: 'in-person',
      distance: '2-5m',
      howWell: '',
    })
    expect(missing.success ? null : missing.error.issues[0]?.message).toBe('Say how well you know them.')
  })

  it('keeps only what applies to the source', () => {
    const parsed = recognitionSchema.parse({ ...form, source: 'photo', viewedImage: '7', distance: '2-5m' })
    expect([parsed.viewedImage, parsed.distance]).toEqual([7, undefined])
    const inPerson = recognitionSchema.parse({
      ...form,
      source: 'in-person',
      viewedImage: '7',
      distance: '2-5m',
    })
    expect([inPerson.viewedImage, inPerson.distance]).toEqual([undefined, '2-5m'])
  })
})

describe('a member’s recognition', () => {
  const base = () => ({
    offender: profile,
    recognisedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    confidence: 'certain' as const,
    ...answers,
  })

  it('from CCTV records the image viewed, its fingerprint and the recogniser from the session', async () => {
    const created = await payload.create({
      collection: 'recognitions',
      data: { ...base(), source: 'cctv', viewedImage: profileImage, member: 999_999 } as never,
      depth: 0,
      ...asMember,
    })
    const evidence = await payload.findByID({
      collection: 'evidence',
      id: profileImage,
      depth: 0,
      overrideAccess,
    })
    expect(evidence.originalSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(created.viewedImageSha256).toBe(evidence.originalSha256)
    const stored = await payload.findByID({
      collection: 'recognitions',
      id: created.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.member).toBe(member.id)
    expect(stored.reviewed).toBe(false)
  })

  it('is refused without the image for CCTV, or without the Turnbull answers, and writes nothing', async () => {
    const before = await payload.count({ collection: 'recognitions', overrideAccess })
    await expect(
      payload.create({ collection: 'recognitions', data: { ...base(), source: 'cctv' }, ...asMember }),
    ).rejects.toThrow(/viewedImage|Image viewed/)
    const { howWell: _, ...withoutHowWell } = base()
    await expect(
      payload.create({
        collection: 'recognitions',
        data: { ...withoutHowWell, source: 'in-person', distance: 'under-2m' },
        ...asMember,
      }),
    ).rejects.toThrow(/howWell|How well/)
    expect(await payload.count({ collection: 'recognitions', overrideAccess })).toEqual(before)
  })

  it('cannot name another profile’s image as the one viewed', async () => {
    await expect(
      payload.create({
        collection: 'recognitions',
        data: { ...base(), source: 'photo', viewedImage: otherProfileImage },
        ...asMember,
      }),
    ).rejects.toThrow()
  })

  it('is reviewed by staff, who and when taken from the session', async () => {
    const created = await payload.create({
      collection: 'recognitions',
      data: { ...base(), source: 'in-person', distance: '5-15m' },
      depth: 0,
      ...asMember,
    })
    const manager = users['scheme-manager'] as StaffAccount
    const reviewed = await payload.update({
      collection: 'recognitions',
      id: created.id,
      data: { reviewed: true, reviewedBy: 999_999, reviewedAt: '2001-01-01T00:00:00.000Z' } as never,
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    expect(reviewed.reviewedBy).toBe(manager.id)
    expect(new Date(reviewed.reviewedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000)
    // Police read the answers a court will ask about; members cannot update a recognition.
    const read = await payload.findByID({
      collection: 'recognitions',
      id: created.id,
      depth: 0,
      user: users.police,
      overrideAccess: false,
    })
    expect(read).toMatchObject({ ...answers, distance: '5-15m', reviewed: true })
    await expect(
      payload.update({ collection: 'recognitions', id: created.id, data: { reviewed: false }, ...asMember }),
    ).rejects.toThrow()
  })
})

describe('police outcomes as settings', () => {
  it('refuse deleting an outcome reports carry (409), and refuse a retired one for a report', async () => {
    const key = `fixture-outcome-${Math.random().toString(36).slice(2, 10)}`
    const incident = (
      await payload.find({ collection: 'incidents', limit: 1, depth: 0, overrideAccess, sort: '-occurredAt' })
    ).docs[0]
    if (!incident) throw new Error('No report to use')
    await payload.create({
      collection: 'police-outcomes',
      data: { id: key, label: 'Fixture used', countsAs: 'positive' },
      overrideAccess,
    })
    await payload.update({
      collection: 'incidents',
      id: incident.id,
      data: { police: { outcome: key } },
      user: users.police,
      overrideAccess: false,
    })
    const refused = await payload
      .delete({
        collection: 'police-outcomes',
        id: key,
        user: users['scheme-manager'],
        overrideAccess: false,
      })
      .then(
        () => 'deleted',
        (error: { status?: number }) => error.status,
      )
    expect(refused).toBe(409)
    await payload.update({
      collection: 'police-outcomes',
      id: key,
      data: { retired: true },
      user: users['scheme-manager'],
      overrideAccess: false,
    })
    // A report keeps its retired outcome when police change only the crime number.
    const kept = await payload.update({
      collection: 'incidents',
      id: incident.id,
      data: { police: { crimeReference: 'NB/RETIRED/26', outcome: key } },
      depth: 0,
      user: users.police,
      overrideAccess: false,
    })
    expect(kept.police?.outcome).toBe(key)
    await payload.update({
      collection: 'incidents',
      id: incident.id,
      data: { police: { outcome: 'charge' } },
      user: users.police,
      overrideAccess: false,
    })
    await expect(
      payload.update({
        collection: 'incidents',
        id: incident.id,
        data: { police: { outcome: key } },
        user: users.police,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({
      collection: 'incidents',
      id: incident.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.police?.outcome).toBe('charge')
  })
})
