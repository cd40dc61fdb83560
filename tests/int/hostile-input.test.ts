/**
 * The hostile-input corpus against the forms' server-side paths (report, join) and the Local API with a
 * member's rights: markup and SQL-looking text are stored exactly as typed (pages render them as React
 * text, which escapes it; no component uses dangerouslySetInnerHTML); hidden characters, out-of-range values, fake and bomb images get a
 * clear refusal and write nothing.
 */
import { deflateSync } from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { submitApplication } from '@/features/join/submitApplication'
import { fileReport } from '@/features/reports/fileReport'
import { reportMessages } from '@/features/reports/reportMessages'
import { londonNowLocal } from '@/lib/time/londonTime'
import { hiddenCharacterMessage } from '@/lib/validation/hiddenCharacters'
import {
  hiddenCharacters,
  htmlPretendingToBeJpeg,
  markupAndInjection,
  oversized,
  svgImage,
  truncatedJpeg,
} from '../helpers/hostileCorpus'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let member: MemberAccount
const overrideAccess = true // test set-up and reading back what was stored

const counts = async () => ({
  incidents: (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs,
  evidence: (await payload.count({ collection: 'evidence', overrideAccess })).totalDocs,
  offenders: (await payload.count({ collection: 'offenders', overrideAccess })).totalDocs,
  businesses: (await payload.count({ collection: 'businesses', overrideAccess })).totalDocs,
})

const reportForm = (fields: Record<string, string>, photos: { bytes: Buffer; type: string }[] = []) => {
  const data = new FormData()
  const all = {
    type: 'theft',
    occurredAt: londonNowLocal(new Date(Date.now() - 10 * 60_000)),
    description: 'Took two bottles of olive oil from the end aisle.',
    ...fields,
  }
  for (const [key, value] of Object.entries(all)) data.append(key, value)
  for (const photo of photos)
    data.append('photos', new File([new Uint8Array(photo.bytes)], 'x', { type: photo.type }))
  return data
}

const unique = () => Math.random().toString(36).slice(2, 10)
const joinForm = (fields: Record<string, string>) => {
  const data = new FormData()
  const all = {
    businessName: `Hostile Test Shop ${unique()}`,
    addressLine1: '3 Chapel Row',
    addressLine2: 'Northbrook',
    postcode: 'NB2 7QT',
    category: 'retail',
    contactName: 'Sam Tester',
    contactEmail: `sam-${unique()}@example.test`,
    contactPhone: '01632 960555',
    agreeToTerms: 'true',
    ...fields,
  }
  for (const [key, value] of Object.entries(all)) data.append(key, value)
  return data
}

/** A PNG whose header claims 30,000 × 30,000 pixels: tiny on the wire, 900 megapixels if decoded. */
const pixelBombPng = () => {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(30_000, 0)
  header.writeUInt32BE(30_000, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(30_001 * 4))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

beforeAll(async () => {
  payload = await testPayload()
  member = (await loadRoleUsers(payload)).member as MemberAccount
})

describe('the report form', () => {
  for (const text of markupAndInjection) {
    it(`stores ${JSON.stringify(text).slice(0, 40)} exactly as typed`, async () => {
      const result = await fileReport(
        member,
        reportForm({ description: `Seen: ${text}`, spot: text.slice(0, 100) }),
      )
      expect(result.ok).toBe(true)
      if (!result.ok) return
      const stored = await payload.findByID({
        collection: 'incidents',
        id: result.id,
        depth: 0,
        overrideAccess,
      })
      expect(stored.description).toBe(`Seen: ${text}`)
    })
  }

  for (const text of hiddenCharacters) {
    it(`refuses hidden characters in ${JSON.stringify(text)} and writes nothing`, async () => {
      const before = await counts()
      const result = await fileReport(member, reportForm({ description: text }))
      // The description is refused, and the summary the form makes from it.
      expect(result).toEqual({
        ok: false,
        message: reportMessages.fieldsNeedLooking,
        fieldErrors: { description: hiddenCharacterMessage, summary: hiddenCharacterMessage },
      })
      expect(await counts()).toEqual(before)
    })
  }

  /** Each refusal: the field it names and the exact words the member reads there. */
  const refusals: [string, Record<string, string>, Record<string, string>][] = [
    [
      'a 50,000-character description',
      { description: oversized(50_000) },
      { description: 'The description is too long (at most 5,000 characters).' },
    ],
    ['a date before 1900', { occurredAt: '1899-01-01T09:00' }, { occurredAt: 'That date is too long ago.' }],
    [
      'a date next year',
      { occurredAt: `${new Date().getUTCFullYear() + 1}-06-01T09:00` },
      { occurredAt: 'That time is in the future.' },
    ],
    [
      'a date that does not exist',
      { occurredAt: '2026-02-30T09:00' },
      { occurredAt: 'Enter the date and time it happened.' },
    ],
    ['negative money', { valueLost: '-0.01' }, { valueLost: 'An amount cannot be negative.' }],
    ['money as words', { valueLost: 'NaN' }, { valueLost: 'Enter an amount in pounds, e.g. 24.99.' }],
    ['absurd money', { valueLost: '1e308' }, { valueLost: 'That amount is too large.' }],
    ['a type that is SQL', { type: "theft'; DROP TABLE incidents;--" }, { type: 'Choose what happened.' }],
    [
      'an offender id that is not a number',
      { offenderIds: '1 OR 1=1' },
      // The form sends ids picked from the gallery, never typed: only a forged request gets zod's own words.
      { offenderIds: 'Invalid input: expected number, received NaN' },
    ],
  ]
  for (const [name, fields, fieldErrors] of refusals) {
    it(`refuses ${name} with a clear message and writes nothing`, async () => {
      const before = await counts()
      const result = await fileReport(member, reportForm(fields))
      expect(result).toEqual({ ok: false, message: reportMessages.fieldsNeedLooking, fieldErrors })
      expect(await counts()).toEqual(before)
    })
  }

  /** Each bad photo and the exact refusal the member reads (lib/uploads/verifyImageContent.ts). */
  const badImages: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    [
      'an HTML page named as a JPEG',
      htmlPretendingToBeJpeg,
      'image/jpeg',
      'That file is not a readable image. Use a JPEG, PNG or WebP photo.',
    ],
    ['an SVG sent as a PNG', svgImage, 'image/png', 'Only JPEG, PNG or WebP photos are accepted.'],
    [
      'a cut-off JPEG',
      async () =>
        truncatedJpeg(
          await sharp({ create: { width: 800, height: 600, channels: 3, background: '#345' } })
            .jpeg()
            .toBuffer(),
        ),
      'image/jpeg',
      'That photo is incomplete (it may not have finished sending). Add it again.',
    ],
    [
      'a pixel bomb (30,000 × 30,000 PNG)',
      pixelBombPng,
      'image/png',
      'That file is not a readable image. Use a JPEG, PNG or WebP photo.',
    ],
  ]
  for (const [name, bytes, type, message] of badImages) {
    it(`refuses ${name} as a photo and writes nothing`, async () => {
      const before = await counts()
      const result = await fileReport(member, reportForm({}, [{ bytes: await bytes(), type }]))
      expect(result).toEqual({ ok: false, message })
      expect(await counts()).toEqual(before)
    })
  }
})

describe('the join form', () => {
  it('stores markup in a business name as typed', async () => {
    const name = `<b>Bold</b> & "Quoted" ${unique()}`
    const result = await submitApplication(joinForm({ businessName: name }), { ip: `198.51.100.${unique()}` })
    expect(result.ok).toBe(true)
    const found = await payload.find({
      collection: 'businesses',
      where: { name: { equals: name } },
      depth: 0,
      overrideAccess,
    })
    expect(found.totalDocs).toBe(1)
  })

  it('refuses a name with a text-direction override and writes nothing', async () => {
    const before = await counts()
    const result = await submitApplication(joinForm({ contactName: 'Sam \u202Eresu\u202C' }), {
      ip: `198.51.100.${unique()}`,
    })
    expect(result).toEqual({
      ok: false,
      message: 'Some answers need another look.',
      fieldErrors: { contactName: hiddenCharacterMessage },
    })
    expect(await counts()).toEqual(before)
  })

  it('refuses an oversized field and a non-email with clear messages', async () => {
    const before = await counts()
    const result = await submitApplication(
      joinForm({ businessName: oversized(10_000), contactEmail: "x' OR 1=1 --" }),
      { ip: `198.51.100.${unique()}` },
    )
    expect(result).toEqual({
      ok: false,
      message: 'Some answers need another look.',
      fieldErrors: {
        businessName: 'The business name is too long (at most 160 characters).',
        contactEmail: 'Enter an email address like name@example.co.uk.',
      },
    })
    expect(await counts()).toEqual(before)
  })
})

describe('the Local API with a member’s rights', () => {
  it('refuses hidden characters in any collection, naming the field', async () => {
    const before = await counts()
    await expect(
      payload.create({
        collection: 'incidents',
        data: {
          type: 'asb',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          description: 'Shouting \u0000 at customers',
          summary: 'Shouting',
        } as never,
        user: member,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: 'The following field is invalid: description',
      data: { collection: 'incidents', errors: [{ path: 'description', message: hiddenCharacterMessage }] },
    })
    expect(await counts()).toEqual(before)
  })

  it('refuses wrong types with a validation error, not a database error', async () => {
    const before = await counts()
    await expect(
      payload.create({
        collection: 'incidents',
        // biome-ignore lint/suspicious/noExplicitAny: sending the wrong types is the point
        data: { type: ['theft'], occurredAt: 'yesterday', description: { html: '<b>x</b>' } } as any,
        user: member,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: 'The following field is invalid: Occurred At',
      data: {
        collection: 'incidents',
        errors: [{ label: 'Occurred At', message: 'That is not a date.', path: 'occurredAt' }],
      },
    })
    expect(await counts()).toEqual(before)
  })
})
