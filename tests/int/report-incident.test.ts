/**
 * The members' report path (features/reports/fileReport, behind the report form's server action): validation
 * gives field-by-field messages and writes nothing; a good report takes reporter and business from the
 * session; photos lose their metadata; a bad photo leaves no half-report.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { fileReport } from '@/features/reports/fileReport'
import { londonNowLocal } from '@/lib/time/londonTime'
import { storageDir } from '@/lib/uploads/storageDir'
import { type AccessFixtures, createAccessFixtures } from '../helpers/fixtures'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let member: MemberAccount
let police: MemberAccount
let fx: AccessFixtures
const overrideAccess = true // reading back what was stored

const counts = async () => ({
  incidents: (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs,
  evidence: (await payload.count({ collection: 'evidence', overrideAccess })).totalDocs,
  offenders: (await payload.count({ collection: 'offenders', overrideAccess })).totalDocs,
})

const photoWithGps = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#886644' } })
    .withExif({
      IFD0: { Make: 'FictionalPhone', Model: 'Till Cam 3' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 14/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 53/1 0/1',
      },
    })
    .jpeg()
    .toBuffer()

const form = (fields: Record<string, string | string[]>, photos: { bytes: Buffer; type?: string }[] = []) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    for (const entry of Array.isArray(value) ? value : [value]) data.append(key, entry)
  }
  for (const [index, photo] of photos.entries()) {
    data.append(
      'photos',
      new File([new Uint8Array(photo.bytes)], `IMG_${index}.jpg`, { type: photo.type ?? 'image/jpeg' }),
    )
  }
  return data
}

const theft = (extra: Record<string, string | string[]> = {}) => ({
  type: 'theft',
  occurredAt: londonNowLocal(new Date(Date.now() - 10 * 60_000)),
  description: 'Took three phone chargers from the stand by the door and ran.',
  ...extra,
})

beforeAll(async () => {
  payload = await testPayload()
  const users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  police = users.police as MemberAccount
  fx = await createAccessFixtures(payload)
})

describe('bad input gets a clear, field-by-field message and writes nothing', () => {
  const cases: [string, Record<string, string | string[]>, string, string | RegExp][] = [
    ['no type', { ...theft(), type: '' }, 'type', 'Choose what happened.'],
    ['an unknown type', { ...theft(), type: 'murder' }, 'type', 'Choose what happened.'],
    ['no time', { ...theft(), occurredAt: '' }, 'occurredAt', 'Enter the date and time it happened.'],
    [
      'a time in the future',
      { ...theft(), occurredAt: londonNowLocal(new Date(Date.now() + 86_400_000)) },
      'occurredAt',
      'That time is in the future.',
    ],
    [
      'a date before 2000',
      { ...theft(), occurredAt: '1899-12-31T10:00' },
      'occurredAt',
      'That date is too long ago.',
    ],
    ['no description', { ...theft(), description: '  ' }, 'description', /Say what happened/],
    ['a huge description', { ...theft(), description: 'x'.repeat(5001) }, 'description', /too long/],
    ['negative money', theft({ valueLost: '-5' }), 'valueLost', 'An amount cannot be negative.'],
    ['money that is not a number', theft({ valueLost: 'lots' }), 'valueLost', /Enter an amount/],
    [
      'more recovered than lost',
      theft({ valueLost: '10', valueRecovered: '20' }),
      'valueRecovered',
      /cannot be more than/,
    ],
    [
      'a welfare concern linked to the gallery',
      { ...theft(), type: 'welfare-concern', offenderIds: ['1'] },
      'offenderIds',
      /cannot be linked to the offender gallery/,
    ],
    [
      'an ID-sought request with nothing to go on',
      theft({ proposeIdSought: 'true' }),
      'unknownDescription',
      /describe them or attach a photo/,
    ],
  ]
  for (const [name, fields, field, message] of cases) {
    it(`refuses ${name}`, async () => {
      const before = await counts()
      const result = await fileReport(member, form(fields))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.fieldErrors?.[field]).toMatch(message)
      expect(await counts()).toEqual(before)
    })
  }

  it('refuses a photo that is not an image by its type, and one over 10 MB', async () => {
    const before = await counts()
    const wrongType = await fileReport(
      member,
      form(theft(), [{ bytes: Buffer.from('%PDF-1.4'), type: 'application/pdf' }]),
    )
    expect(!wrongType.ok && wrongType.fieldErrors?.photos).toMatch(/JPEG, PNG or WebP/)
    const huge = await fileReport(member, form(theft(), [{ bytes: Buffer.alloc(10 * 1024 * 1024 + 1) }]))
    expect(!huge.ok && huge.fieldErrors?.photos).toMatch(/10 MB/)
    expect(await counts()).toEqual(before)
  })

  it('refuses anyone who is not staff of a member business', async () => {
    expect((await fileReport(null, form(theft()))).ok).toBe(false)
    expect((await fileReport(police, form(theft()))).ok).toBe(false)
  })
})

describe('a good report', () => {
  it('is saved with reporter and business from the session, and its photo without EXIF or GPS', async () => {
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif?.length).toBeGreaterThan(0)
    const result = await fileReport(
      member,
      form(
        theft({
          offenderIds: [String(fx.offenders.offApproved)],
          valueLost: '24.99',
          business: String(fx.businesses.businessB),
          status: 'closed',
        }),
        [{ bytes: original }],
      ),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.reference).toMatch(/^NT-\d{6}$/)
    const incident = await payload.findByID({
      collection: 'incidents',
      id: result.id,
      depth: 0,
      overrideAccess,
    })
    expect(incident.reporter).toBe(member.id)
    expect(incident.business).toBe(fx.businesses.businessA)
    expect(incident.status).toBe('submitted')
    expect(incident.offenders).toEqual([fx.offenders.offApproved])
    expect(incident.valueLost).toBe(24.99)
    const photoId = incident.evidence?.[0] as number
    const photo = await payload.findByID({ collection: 'evidence', id: photoId, depth: 0, overrideAccess })
    expect(photo.incident).toBe(incident.id)
    expect(photo.uploadedBy).toBe(member.id)
    const stored = await sharp(path.join(storageDir, 'evidence', photo.filename as string)).metadata()
    expect(stored.format).toBe('webp')
    expect(stored.exif).toBeUndefined()
    expect(stored.icc).toBeUndefined()
  })

  it('can ask staff to identify an unknown person: a proposal with the photo, hidden from members', async () => {
    const result = await fileReport(
      member,
      form(theft({ unknownDescription: 'Tall, grey hoodie, white trainers', proposeIdSought: 'true' }), [
        { bytes: await photoWithGps() },
      ]),
    )
    expect(result.ok && result.proposed).toBe(true)
    if (!result.ok) return
    const incident = await payload.findByID({
      collection: 'incidents',
      id: result.id,
      depth: 0,
      overrideAccess,
    })
    const proposalId = incident.offenders?.[0] as number
    const proposal = await payload.findByID({
      collection: 'offenders',
      id: proposalId,
      depth: 0,
      overrideAccess,
    })
    expect(proposal.status).toBe('proposed')
    expect(proposal.gallery).toBe('id-sought')
    expect(proposal.proposedBy).toBe(member.id)
    const photo = await payload.findByID({
      collection: 'evidence',
      id: proposal.photos?.[0] as number,
      depth: 0,
      overrideAccess,
    })
    expect(photo.offender).toBe(proposal.id)
    expect(photo.incident).toBe(incident.id)
  })
})

describe('a failed photo leaves no half-report', () => {
  it('rolls back the incident and earlier photos, and removes their files', async () => {
    const before = await counts()
    const dir = path.join(storageDir, 'evidence')
    const filesBefore = existsSync(dir) ? readdirSync(dir).length : 0
    const good = await photoWithGps()
    const disguised = Buffer.from('<html><body><script>alert(1)</script></body></html>')
    const result = await fileReport(member, form(theft(), [{ bytes: good }, { bytes: disguised }]))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/JPEG, PNG or WebP/)
    expect(await counts()).toEqual(before)
    expect(existsSync(dir) ? readdirSync(dir).length : 0).toBe(filesBefore)
  })
})
