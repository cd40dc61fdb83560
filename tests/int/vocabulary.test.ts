/**
 * Incident types, warning markers and partner agencies as records (docs/vocabulary.md): an agency's remit and
 * gallery right come from its record; a retired type is refused for new reports while old ones keep it; a
 * type, marker or agency in use cannot be deleted; relabelling changes no report; members read only the
 * vocabulary they need; a scheme's vocabulary is applied by key without deleting anything.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { runImport } from '@/features/imports/runImport'
import { fileReport } from '@/features/reports/fileReport'
import { incidentTypeOptions } from '@/features/vocabulary/incidentTypeOptions'
import { reportTypeOptions } from '@/features/vocabulary/reportTypeOptions'
import { toCsv } from '@/lib/format/toCsv'
import { londonNowLocal } from '@/lib/time/londonTime'
import { applyVocabulary } from '@/seed/vocabulary/applyVocabulary'
import { defaultVocabulary } from '@/seed/vocabulary/defaultVocabulary'
import { saltmarshQuayVocabulary } from '@/seed/vocabulary/saltmarshQuayVocabulary'
import { attempt } from '../helpers/attempt'
import { type AccessFixtures, createAccessFixtures, findBySlug } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let fx: AccessFixtures
let partner: MemberAccount
let graffitiReport: number
let beggingReport: number
const overrideAccess = true // set-up and read-back; the behaviour under test runs as each account
const tag = Math.random().toString(36).slice(2, 8)
const graffiti = `graffiti-${tag}`
const agency = `enforcement-${tag}`

const as = (account: Account | null | undefined) => ({
  user: account ?? undefined,
  overrideAccess: false as const,
})
const manager = () => as(users['scheme-manager'])

const report = async (type: string, business: number) =>
  (
    await payload.create({
      collection: 'incidents',
      data: {
        type,
        business,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: `Vocabulary fixture ${type}`,
      },
      overrideAccess,
    } as never)
  ).id as number

/** How many reports an account reads, and how many of those are of a type outside `types`. */
const readsOf = async (account: Account, types: string[]) => ({
  total: (await payload.count({ collection: 'incidents', ...as(account) })).totalDocs,
  outside: (
    await payload.count({ collection: 'incidents', where: { type: { not_in: types } }, ...as(account) })
  ).totalDocs,
})
const countOfTypes = async (types: string[]) =>
  (await payload.count({ collection: 'incidents', where: { type: { in: types } }, overrideAccess })).totalDocs
const reads = async (account: Account, id: number) =>
  attempt(() => payload.findByID({ collection: 'incidents', id, depth: 0, ...as(account) }))

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  fx = await createAccessFixtures(payload)
  const business = (await findBySlug(payload, 'lantern-books')).id
  await payload.create({
    collection: 'incident-types',
    data: { id: graffiti, label: 'Graffiti', meaning: 'offence', asksValue: false, sortOrder: 15 },
    ...manager(),
  })
  await payload.create({
    collection: 'partner-agencies',
    data: {
      id: agency,
      name: 'Council enforcement',
      listHeading: 'Enforcement',
      remit: [graffiti, 'begging'],
    },
    ...manager(),
  })
  const account = await payload.create({
    collection: 'members',
    data: {
      email: `enforcement-${tag}@ntars.test`,
      name: 'Fixture Enforcement',
      role: 'partner',
      agency,
      password: `Fixture-${tag}-long-passphrase-2026`,
    } as never,
    overrideAccess,
  })
  partner = { ...account, collection: 'members' } as MemberAccount
  graffitiReport = await report(graffiti, business)
  beggingReport = await report('begging', business)
})

afterAll(async () => {
  // Leave the shared database with the default vocabulary, whatever a test changed.
  if (payload) await applyVocabulary(payload, defaultVocabulary)
})

describe('a partner agency’s rights come from its record', () => {
  it('a new agency with a custom remit reads exactly that remit', async () => {
    const remit = [graffiti, 'begging']
    expect(await readsOf(partner, remit)).toEqual({ total: await countOfTypes(remit), outside: 0 })
    expect(await reads(partner, graffitiReport)).toBe('allowed')
    expect(await reads(partner, beggingReport)).toBe('allowed')
    // Not the fixture theft, ASB or welfare reports; nor a gallery it was not given.
    for (const id of [fx.incidents.incA, fx.incidents.incAsbB, fx.incidents.incWelfareB]) {
      expect(await attempt(() => payload.findByID({ collection: 'incidents', id, ...as(partner) }))).toBe(
        'denied',
      )
    }
    expect(await attempt(() => payload.find({ collection: 'offenders', limit: 1, ...as(partner) }))).toBe(
      'denied',
    )
  })

  it('gallery and remit changes on the record apply at the next request; a retired agency reads nothing', async () => {
    await payload.update({
      collection: 'partner-agencies',
      id: agency,
      data: { seesGallery: true },
      ...manager(),
    })
    const profiles = await payload.find({ collection: 'offenders', limit: 1, ...as(partner) })
    expect(profiles.totalDocs).toBeGreaterThan(0)
    const documents = await payload.find({ collection: 'documents', limit: 1, ...as(partner) })
    expect(documents.totalDocs).toBeGreaterThan(0)
    await payload.update({
      collection: 'partner-agencies',
      id: agency,
      data: { remit: [graffiti] },
      ...manager(),
    })
    expect(await readsOf(partner, [graffiti])).toEqual({ total: await countOfTypes([graffiti]), outside: 0 })
    expect(await reads(partner, beggingReport)).toBe('denied')
    // An empty remit reads nothing (unless the agency follows safeguarded people).
    await payload.update({ collection: 'partner-agencies', id: agency, data: { remit: [] }, ...manager() })
    expect(await readsOf(partner, [graffiti])).toEqual({ total: 0, outside: 0 })
    await payload.update({
      collection: 'partner-agencies',
      id: agency,
      data: { retired: true },
      ...manager(),
    })
    expect(await attempt(() => payload.count({ collection: 'incidents', ...as(partner) }))).toBe('denied')
    // Nor the scheme's documents: an agency that has left the scheme no longer reads its papers.
    for (const collection of ['documents', 'document-versions'] as const) {
      expect(await attempt(() => payload.find({ collection, limit: 1, ...as(partner) })), collection).toBe(
        'denied',
      )
    }
    expect(await attempt(() => payload.find({ collection: 'offenders', limit: 1, ...as(partner) }))).toBe(
      'denied',
    )
    await payload.update({
      collection: 'partner-agencies',
      id: agency,
      data: { retired: false, seesGallery: false, remit: [graffiti, 'begging'] },
      ...manager(),
    })
  })

  it('members read only the vocabulary they need', async () => {
    const agenciesSeen = async (role: Role) =>
      (await payload.find({ collection: 'partner-agencies', depth: 0, ...as(users[role]) })).docs.map(
        (doc) => doc.id,
      )
    expect(await agenciesSeen('partner-asb')).toEqual(['asb-unit'])
    expect(await agenciesSeen('partner-outreach')).toEqual(['outreach'])
    for (const role of ['member', 'police', 'editor'] as const) {
      expect(await attempt(() => agenciesSeen(role))).toBe('denied')
    }
    const markersSeen = (role: Role) =>
      attempt(() => payload.find({ collection: 'warning-markers', depth: 0, ...as(users[role]) }))
    expect(await markersSeen('member')).toBe('allowed')
    expect(await markersSeen('partner-asb')).toBe('allowed')
    expect(await markersSeen('partner-outreach')).toBe('denied')
    for (const role of ['member', 'police', 'partner-outreach'] as const) {
      const types = await payload.find({
        collection: 'incident-types',
        depth: 0,
        limit: 0,
        ...as(users[role]),
      })
      expect(types.docs.map((doc) => doc.id)).toContain(graffiti)
    }
    expect(await attempt(() => payload.find({ collection: 'incident-types', ...as(null) }))).toBe('denied')
    expect(
      await attempt(() =>
        payload.update({
          collection: 'incident-types',
          id: graffiti,
          data: { label: 'x' },
          ...as(users.member),
        }),
      ),
    ).toBe('denied')
  })
})

describe('retiring and relabelling', () => {
  it('a retired type is not offered or accepted for new reports; existing reports keep it', async () => {
    const member = users.member as MemberAccount
    expect((await reportTypeOptions(member)).map((type) => type.value)).toContain(graffiti)
    // While in use, it is filed; a type that asks no value keeps none, whatever the form sent.
    const filed = new FormData()
    filed.set('type', graffiti)
    filed.set('occurredAt', londonNowLocal(new Date(Date.now() - 20 * 60_000)))
    filed.set('description', 'Sprayed a tag on the shutter.')
    filed.set('valueLost', '12.50')
    const sent = await fileReport(member, filed)
    if (!sent.ok) throw new Error(`Report refused: ${JSON.stringify(sent)}`)
    const stored = await payload.findByID({ collection: 'incidents', id: sent.id, depth: 0, overrideAccess })
    expect({ type: stored.type, valueLost: stored.valueLost ?? null }).toEqual({
      type: graffiti,
      valueLost: null,
    })
    await payload.update({
      collection: 'incident-types',
      id: graffiti,
      data: { retired: true },
      ...manager(),
    })

    expect((await reportTypeOptions(member)).map((type) => type.value)).not.toContain(graffiti)
    expect((await incidentTypeOptions(member)).find((type) => type.value === graffiti)).toMatchObject({
      retired: true,
    })
    const form = new FormData()
    form.set('type', graffiti)
    form.set('occurredAt', londonNowLocal(new Date(Date.now() - 10 * 60_000)))
    form.set('description', 'Tagged the shutter overnight.')
    expect(await fileReport(member, form)).toMatchObject({
      ok: false,
      fieldErrors: { type: 'Choose what happened.' },
    })
    // The collection refuses it too, whoever writes it without the form.
    await expect(
      payload.create({
        collection: 'incidents',
        data: { type: graffiti, occurredAt: new Date().toISOString(), description: 'Tagged again.' },
        ...as(member),
      } as never),
    ).rejects.toThrow(/type/i)

    // The old report keeps its type, and staff can still edit it.
    const updated = await payload.update({
      collection: 'incidents',
      id: graffitiReport,
      data: { summary: 'Graffiti on the shutter' },
      depth: 0,
      ...manager(),
    })
    expect(updated.type).toBe(graffiti)
  })

  it('relabelling a type relabels its reports and changes nothing stored', async () => {
    await payload.update({
      collection: 'incident-types',
      id: graffiti,
      data: { label: 'Graffiti or tagging' },
      ...manager(),
    })
    const read = await payload.findByID({
      collection: 'incidents',
      id: graffitiReport,
      depth: 1,
      populate: { 'incident-types': { label: true } },
      select: { type: true },
      overrideAccess,
    })
    expect(read.type).toEqual({ id: graffiti, label: 'Graffiti or tagging' })
  })

  it('an import names a retired or unknown type as the problem', async () => {
    const result = await runImport({
      payload,
      user: users['scheme-manager'],
      files: {
        incidents: toCsv([
          ['Date', 'Type', 'Business', 'Description'],
          ['01/05/2025', 'GRAFFITI OR TAGGING', 'Lantern Books', 'Tagged.'],
          ['01/05/2025', 'juggling', 'Lantern Books', 'Juggled.'],
          ['01/05/2025', 'anti-social behaviour', 'Lantern Books', 'Shouting.'],
        ]),
      },
      mode: 'dry-run',
    })
    const errors = result.rows.map((row) => row.errors.map((error) => `${error.column}: ${error.message}`))
    expect(errors[0]).toEqual([
      `Type: "GRAFFITI OR TAGGING" is a retired incident type: choose one still in use.`,
    ])
    expect(errors[1]?.[0]).toMatch(
      /^Type: "juggling" is not an incident type \(theft, .*welfare concern, other\)\.$/,
    )
    expect(errors[2]).toEqual([])
  })
})

describe('deleting vocabulary in use', () => {
  it('an incident type in use is refused with a message saying to retire it; an unused one goes', async () => {
    await expect(
      payload.delete({ collection: 'incident-types', id: graffiti, ...manager() }),
    ).rejects.toThrow(
      /This incident type is in use \(\d+ reports?(, \d+ partner remits?)?\) and cannot be deleted: tick "Retired" instead/,
    )
    expect((await payload.findByID({ collection: 'incident-types', id: graffiti, overrideAccess })).id).toBe(
      graffiti,
    )
    const unused = `unused-${tag}`
    await payload.create({
      collection: 'incident-types',
      data: { id: unused, label: 'Unused', meaning: 'offence' },
      ...manager(),
    })
    await payload.delete({ collection: 'incident-types', id: unused, ...manager() })
    expect(
      await payload.count({
        collection: 'incident-types',
        where: { id: { equals: unused } },
        overrideAccess,
      }),
    ).toEqual({
      totalDocs: 0,
    })
  })

  it('a warning marker on a profile and an agency with accounts are refused too', async () => {
    await payload.update({
      collection: 'offenders',
      id: fx.offenders.offApproved,
      data: { warningMarkers: ['weapons'] },
      overrideAccess,
    })
    await expect(
      payload.delete({ collection: 'warning-markers', id: 'weapons', ...manager() }),
    ).rejects.toThrow(/This warning marker is in use \(\d+ profiles?\) and cannot be deleted/)
    await expect(
      payload.delete({ collection: 'partner-agencies', id: agency, ...manager() }),
    ).rejects.toThrow(/This partner agency is in use \(1 partner account\) and cannot be deleted/)
  })

  it('a key is set once: an update cannot change it', async () => {
    const updated = await payload.update({
      collection: 'incident-types',
      id: 'begging',
      data: { id: 'panhandling', label: 'Begging' } as never,
      ...manager(),
    })
    expect(updated.id).toBe('begging')
  })
})

describe('changes are audit-logged', () => {
  const entriesFor = async (collection: string, key: string) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [{ entityCollection: { equals: collection } }, { summary: { contains: `"${key}"` } }],
        },
        sort: '-createdAt',
        depth: 0,
        overrideAccess,
      })
    ).docs

  it('records who created, changed and deleted a vocabulary record, with the fields that changed', async () => {
    const key = `audit-${tag}`
    await payload.create({
      collection: 'police-outcomes',
      data: { id: key, label: 'Audit fixture', countsAs: 'positive' } as never,
      ...manager(),
    })
    await payload.update({
      collection: 'police-outcomes',
      id: key,
      data: { closesCase: true },
      ...manager(),
    })
    await payload.delete({ collection: 'police-outcomes', id: key, ...manager() })
    const entries = await entriesFor('police-outcomes', key)
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'update', 'create'])
    expect(entries[1]?.details).toMatchObject({ fields: ['closesCase'] })
    expect(entries.every((entry) => entry.actorLabel)).toBe(true)
  })

  it('records a change to what a partner agency may read', async () => {
    await payload.update({
      collection: 'partner-agencies',
      id: agency,
      data: { seesGallery: true },
      ...manager(),
    })
    const [entry] = await entriesFor('partner-agencies', agency)
    expect(entry).toMatchObject({ action: 'update', details: { fields: ['seesGallery'] } })
    await payload.update({
      collection: 'partner-agencies',
      id: agency,
      data: { seesGallery: false },
      ...manager(),
    })
  })
})

describe('applying a scheme’s vocabulary', () => {
  it('upserts by key and retires what the scheme does not use, deleting nothing', async () => {
    const before = await payload.count({ collection: 'incidents', overrideAccess })
    const keysBefore = new Set(
      (await payload.find({ collection: 'incident-types', limit: 0, depth: 0, overrideAccess })).docs.map(
        (doc) => doc.id,
      ),
    )
    const added = saltmarshQuayVocabulary.incidentTypes.filter((type) => !keysBefore.has(type.key)).length
    await applyVocabulary(payload, saltmarshQuayVocabulary)
    const types = await payload.find({ collection: 'incident-types', limit: 0, depth: 0, overrideAccess })
    const byKey = new Map(types.docs.map((doc) => [doc.id, doc]))
    expect(byKey.get('theft')).toMatchObject({ label: 'Shoplifting', retired: false })
    expect(byKey.get('fly-tipping')).toMatchObject({ label: 'Fly-tipping', asksValue: false, retired: false })
    expect(byKey.get('asb')).toMatchObject({ retired: true })
    expect(byKey.get(graffiti)).toMatchObject({ retired: true })
    expect(types.docs.length).toBe(keysBefore.size + added) // none deleted
    const agencies = await payload.find({
      collection: 'partner-agencies',
      limit: 0,
      depth: 0,
      overrideAccess,
    })
    expect(agencies.docs.filter((doc) => !doc.retired).map((doc) => [doc.id, doc.remit])).toEqual(
      expect.arrayContaining([
        ['council-enforcement', ['graffiti', 'fly-tipping']],
        ['street-outreach', ['welfare-concern', 'begging']],
      ]),
    )
    expect(agencies.docs.find((doc) => doc.id === 'asb-unit')?.retired).toBe(true)
    expect(await payload.count({ collection: 'incidents', overrideAccess })).toEqual(before)

    await applyVocabulary(payload, defaultVocabulary)
    const back = await payload.find({ collection: 'incident-types', limit: 0, depth: 0, overrideAccess })
    const active = back.docs.filter((doc) => !doc.retired)
    expect(active.map((doc) => [doc.id, doc.label]).sort()).toEqual(
      defaultVocabulary.incidentTypes.map((type) => [type.key, type.label]).sort(),
    )
  })
})
