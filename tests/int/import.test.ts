/**
 * Importing a gallery and incident history from CSV: a good file lands with its links; a file with a bad row
 * is reported row by row (dry run) and refused (import) with nothing written; a row only the database
 * refuses rolls the whole import back; only scheme managers and admins may import.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, StaffAccount } from '@/access/accountOf'
import { POST } from '@/app/(payload)/staff/import/route'
import { readImportVocabulary } from '@/features/imports/importVocabulary'
import { runImport } from '@/features/imports/runImport'
import { templateCsv } from '@/features/imports/templateCsv'
import { validateFiles } from '@/features/imports/validateFiles'
import { writeRows } from '@/features/imports/writeRows'
import { toCsv } from '@/lib/format/toCsv'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
const overrideAccess = true // set-up and read-back; the import itself runs as the staff member
const tag = () => Math.random().toString(36).slice(2, 8)
const csv = (...records: string[][]) => toCsv(records)

const offenderHeader = [
  'Ref',
  'First name',
  'Surname',
  'Aliases (;-separated)',
  'Gallery',
  'Warning markers',
  'Hair',
  'MO',
  'Exclusion stage',
  'Exclusion start',
  'Status',
]
const incidentHeader = [
  'Date',
  'Time',
  'Type',
  'Business',
  'Where',
  'Description',
  'Value lost',
  'Value recovered',
  'Police called',
  'Offender refs',
  'Crime reference',
  'Outcome',
]

const counts = async () => ({
  offenders: (await payload.count({ collection: 'offenders', overrideAccess })).totalDocs,
  incidents: (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs,
  audit: (await payload.count({ collection: 'audit-log', overrideAccess })).totalDocs,
})

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
})

describe('a good file', () => {
  it('creates approved profiles and incidents linked by Ref and by an existing name, with one audit entry', async () => {
    const t = tag()
    const existing = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Existing', lastName: `Import${t}`, gallery: 'known', status: 'approved' },
      overrideAccess,
    } as never)
    const offenders = csv(
      offenderHeader,
      [
        `A-${t}`,
        'Robin',
        `Importa${t}`,
        'Rob; Bobby',
        'known',
        'violence; Prolific',
        'short, dark',
        'Works with a lookout',
        'exclusion',
        '01/09/2025',
        '',
      ],
      [`B-${t}`, '', '', '', 'ID sought', '', 'long red', '', '', '', 'proposed'],
    )
    const incidents = csv(
      incidentHeader,
      [
        '14/10/2025',
        '15:40',
        'Theft',
        'copper kettle cafe',
        'till 2',
        'Took razor blades, "six packs".',
        '£1,054.50',
        '£4',
        'yes',
        `A-${t}; Existing Import${t}`,
        `CR${t}`,
        'arrest',
      ],
      [
        '2025-07-01',
        '',
        'ASB',
        'Lantern Books',
        '',
        'Shouting at customers\nfor ten minutes.',
        '',
        '',
        'no',
        `b-${t}`,
        '',
        '',
      ],
    )
    const progress: [number, number][] = []
    const result = await runImport({
      payload,
      user: users['scheme-manager'],
      files: { offenders, incidents },
      mode: 'import',
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(result.message).toMatch(/Imported 2 offender profiles and 2 incidents/)
    expect(result.ok).toBe(true)
    expect(result.rows.map((row) => [row.kind, row.row, row.errors])).toEqual([
      ['offenders', 2, []],
      ['offenders', 3, []],
      ['incidents', 2, []],
      ['incidents', 3, []],
    ])
    expect(progress.at(-1)).toEqual([4, 4])

    const [robinId, soughtId, theftId, asbId] = result.rows.map((row) => row.id as number)
    const robin = await payload.findByID({
      collection: 'offenders',
      id: robinId as number,
      depth: 0,
      overrideAccess,
    })
    expect(robin.displayName).toBe(`Robin Importa${t}`)
    expect(robin.aliases?.map((alias) => alias.alias)).toEqual(['Rob', 'Bobby'])
    expect(robin.warningMarkers).toEqual(['violence', 'prolific'])
    expect(robin.appearance?.hair).toBe('short, dark')
    expect(robin.status).toBe('approved')
    expect(robin.approvedBy).toBe(users['scheme-manager']?.id)
    expect(robin.exclusion?.stage).toBe('exclusion')
    expect(robin.exclusion?.startsAt).toBe('2025-08-31T23:00:00.000Z') // midnight, London summer time
    // 12 months on (the scheme settings' default), by the collection's hook.
    expect(robin.exclusion?.endsAt).toBe('2026-08-31T23:00:00.000Z')
    expect(robin.lastIncidentAt).toBe('2025-10-14T14:40:00.000Z')
    const sought = await payload.findByID({
      collection: 'offenders',
      id: soughtId as number,
      depth: 0,
      overrideAccess,
    })
    expect(sought.displayName).toBe('Unidentified person')
    expect(sought.gallery).toBe('id-sought')
    expect(sought.status).toBe('proposed')

    const theft = await payload.findByID({
      collection: 'incidents',
      id: theftId as number,
      depth: 0,
      overrideAccess,
    })
    expect(theft.occurredAt).toBe('2025-10-14T14:40:00.000Z')
    expect(theft.type).toBe('theft')
    expect(theft.description).toBe('Took razor blades, "six packs".')
    expect(theft.valueLost).toBe(1054.5)
    expect(theft.valueRecovered).toBe(4)
    expect(theft.policeCalled).toBe(true)
    expect(theft.offenders).toEqual([robinId, existing.id])
    expect(theft.police?.crimeReference).toBe(`CR${t}`)
    expect(theft.police?.outcome).toBe('arrest')
    expect(theft.reporter ?? null).toBeNull()
    expect(theft.exclusionBreach).toBe(true) // the collection's hook: Robin was excluded at the time
    expect(theft.status).toBe('reviewed')
    const asb = await payload.findByID({
      collection: 'incidents',
      id: asbId as number,
      depth: 1,
      overrideAccess,
    })
    expect((asb.business as { name: string }).name).toBe('Lantern Books')
    expect(asb.description).toBe('Shouting at customers\nfor ten minutes.')
    expect(asb.occurredAt).toBe('2025-07-01T11:00:00.000Z') // no time: midday, London
    expect(asb.offenders?.map((offender) => (offender as { id: number }).id)).toEqual([soughtId])

    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'import' } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess,
    })
    expect(audit.docs[0]?.details).toMatchObject({
      offendersCreated: 2,
      incidentsCreated: 2,
      offenderIds: [robinId, soughtId],
      incidentIds: [theftId, asbId],
    })
    const perRecord = await payload.count({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'create' } },
          { entityCollection: { equals: 'incidents' } },
          { entityId: { in: [theftId, asbId] } },
        ],
      },
      overrideAccess,
    })
    expect(perRecord.totalDocs).toBe(0)
  })
})

describe('a file with a bad row among good ones', () => {
  const t = tag()
  const offenders = csv(
    offenderHeader,
    [`G-${t}`, 'Good', `Row${t}`, '', 'known', '', '', '', '', '', ''],
    [`H-${t}`, 'Bad', `Row${t}`, '', 'sometimes', 'sneaky', '', '', 'exclusion', '31/02/2026', 'approved'],
  )
  const incidents = csv(
    incidentHeader,
    ['03/04/2025', '09:15', 'theft', 'Lantern Books', '', 'Took a book.', '12', '', 'no', `G-${t}`, '', ''],
    [
      '03/04/2099',
      '25:00',
      'shoplifting',
      'Lantern Books',
      '',
      'Took a book.',
      'twelve',
      '',
      'maybe',
      '',
      '',
      '',
    ],
    [
      '03/04/2025',
      '09:15',
      'theft',
      'No Such Shop Anywhere',
      '',
      'Took a book.',
      '',
      '',
      '',
      `H-${t}`,
      '',
      '',
    ],
  )

  it('dry run lists every bad row with its row number and columns, and writes nothing', async () => {
    const before = await counts()
    const result = await runImport({
      payload,
      user: users.admin,
      files: { offenders, incidents },
      mode: 'dry-run',
    })
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/3 rows have errors. Nothing was written/)
    const errorsOf = (kind: string, row: number) =>
      result.rows.find((result) => result.kind === kind && result.row === row)?.errors ?? []
    expect(errorsOf('offenders', 2)).toEqual([])
    expect(errorsOf('offenders', 3).map((error) => error.column)).toEqual([
      'Gallery',
      'Warning markers',
      'Exclusion start',
    ])
    expect(errorsOf('incidents', 2)).toEqual([])
    expect(
      errorsOf('incidents', 3)
        .map((error) => error.column)
        .sort(),
    ).toEqual(['Date', 'Police called', 'Time', 'Value lost'])
    expect(errorsOf('incidents', 4)).toEqual([
      {
        column: 'Business',
        letter: 'D',
        message: 'No business called "No Such Shop Anywhere": check the name against the businesses list.',
      },
      {
        column: 'Offender refs',
        letter: 'J',
        message: `"H-${t}" is on row 3 of the offenders file, which has errors.`,
      },
    ])
    expect(await counts()).toEqual(before)
  })

  it('import is refused and writes nothing', async () => {
    const before = await counts()
    const result = await runImport({
      payload,
      user: users.admin,
      files: { offenders, incidents },
      mode: 'import',
    })
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/nothing was imported/)
    expect(await counts()).toEqual(before)
  })
})

describe('a row only the database refuses', () => {
  const t = tag()
  const offenders = csv(offenderHeader, [
    `W-${t}`,
    'Welfare',
    `Link${t}`,
    '',
    'known',
    '',
    '',
    '',
    '',
    '',
    '',
  ])
  // Passes every check of the file's shape; the collection's hook refuses linking a welfare concern.
  const incidents = csv(
    incidentHeader,
    ['01/05/2025', '10:00', 'theft', 'Lantern Books', '', 'Took a book.', '£5', '', '', `W-${t}`, '', ''],
    [
      '01/05/2025',
      '11:00',
      'welfare concern',
      'Lantern Books',
      '',
      'Sleeping in the doorway.',
      '',
      '',
      '',
      `W-${t}`,
      '',
      '',
    ],
    [
      '01/05/2025',
      '12:00',
      'theft',
      'Lantern Books',
      '',
      'Took another book.',
      '£3',
      '£9',
      '',
      `W-${t}`,
      '',
      '',
    ],
    ['01/05/2025', '13:00', 'asb', 'Lantern Books', '', 'Shouting.', '', '', '', `W-${t}`, '', ''],
  )

  it('shows in the dry run on its own row, with the rows after it still checked', async () => {
    const before = await counts()
    const result = await runImport({
      payload,
      user: users['scheme-manager'],
      files: { offenders, incidents },
      mode: 'dry-run',
    })
    expect(result.rows.map((row) => row.errors.map((error) => `${error.column}: ${error.message}`))).toEqual([
      [],
      [],
      ['Offender refs: A welfare concern cannot be linked to an offender profile.'],
      ['Value recovered: Value recovered cannot be more than value lost.'],
      [],
    ])
    expect(await counts()).toEqual(before)
  })

  it('rolls back the whole import, profiles included', async () => {
    const before = await counts()
    const result = await runImport({
      payload,
      user: users['scheme-manager'],
      files: { offenders, incidents },
      mode: 'import',
    })
    expect(result.ok).toBe(false)
    expect(result.rows[2]?.errors[0]?.column).toBe('Offender refs')
    expect(await counts()).toEqual(before)
    const left = await payload.count({
      collection: 'offenders',
      where: { lastName: { equals: `Link${t}` } },
      overrideAccess,
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('who may import', () => {
  const offenders = csv(offenderHeader, [`N-${tag()}`, 'Not', 'Allowed', '', 'known', '', '', '', '', '', ''])

  it('refuses members, police and editors, and writes nothing', async () => {
    const before = await counts()
    for (const role of ['member', 'business-manager', 'police', 'editor'] as const) {
      const result = await runImport({ payload, user: users[role], files: { offenders }, mode: 'import' })
      expect(result).toMatchObject({ ok: false, message: 'Only scheme managers and admins may import.' })
    }
    expect(await counts()).toEqual(before)
  })

  it('leaves the collections to refuse an editor even past the role check', async () => {
    const before = await counts()
    const validated = validateFiles(
      { offenders },
      await readImportVocabulary(payload, users['scheme-manager'] as StaffAccount),
    )
    // Called directly, without runImport's role check: the offenders collection itself refuses the create.
    const outcome = await writeRows(payload, users.editor as StaffAccount, 'import', validated, () => {})
    expect(outcome.ok).toBe(false)
    expect(validated.results[0]?.errors).toEqual([
      { column: 'Row', message: 'You are not allowed to create this record.' },
    ])
    expect(await counts()).toEqual(before)
  })
})

describe('the import route', () => {
  const post = (headers: Record<string, string> = {}) => {
    const form = new FormData()
    form.append('mode', 'import')
    form.append('offenders', new Blob(['Ref,First name\r\nR1,Routed\r\n'], { type: 'text/csv' }), 'o.csv')
    return POST(new Request('http://localhost/staff/import', { method: 'POST', headers, body: form }))
  }

  it('refuses the public, and a member with an audit entry, writing nothing', async () => {
    const before = await counts()
    const anonymous = await post()
    expect(anonymous.status).toBe(401)
    const { token } = await payload.login({
      collection: 'members',
      data: { email: 'member@ntars.test', password: process.env.DEMO_PASSWORD || 'ntars-demo-2026' },
      overrideAccess,
    })
    const asMember = await post({ Authorization: `JWT ${token}` })
    expect(asMember.status).toBe(403)
    expect(await asMember.text()).toBe('Only scheme managers and admins may import.')
    const after = await counts()
    expect({ ...after, audit: after.audit - 1 }).toMatchObject({
      offenders: before.offenders,
      incidents: before.incidents,
    })
    const denied = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'access-denied' } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess,
    })
    expect(denied.docs[0]?.summary).toBe('Refused a CSV import: not a scheme manager or admin')
  })
})

describe('the templates', () => {
  it('pass a dry run as they are', async () => {
    const result = await runImport({
      payload,
      user: users.admin,
      files: { offenders: templateCsv('offenders'), incidents: templateCsv('incidents') },
      mode: 'dry-run',
    })
    expect(result.rows.flatMap((row) => row.errors)).toEqual([])
    expect(result.ok).toBe(true)
  })
})

describe('whole-file problems', () => {
  it('names a missing required column and an unreadable file', async () => {
    const missing = await runImport({
      payload,
      user: users.admin,
      files: { incidents: csv(['Date', 'Type'], ['01/05/2025', 'theft']) },
      mode: 'dry-run',
    })
    expect(missing.fileErrors.map((error) => error.message)).toEqual([
      'The file has no "Business" column (the first row must name the columns).',
      'The file has no "Description" column (the first row must name the columns).',
    ])
    const broken = await runImport({
      payload,
      user: users.admin,
      files: { offenders: 'Ref,First name\r\n"A1,Jo\r\n' },
      mode: 'dry-run',
    })
    expect(broken.fileErrors[0]?.message).toMatch(/never ends/)
  })
})
