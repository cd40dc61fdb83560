/**
 * Importing from Excel workbooks: a workbook gives the same dry run and the same records as the CSV file
 * with the same cells; its own cells (Date cells, serial dates, numbers, formulas) are read as the sheet shows
 * them; a bad cell is named by row and column letter; the workbook templates pass a dry run as they are.
 */
import type ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { POST } from '@/app/(payload)/staff/import/route'
import { readImportVocabulary } from '@/features/imports/importVocabulary'
import { runImport } from '@/features/imports/runImport'
import { templateChoices } from '@/features/imports/templateChoices'
import { templateWorkbook } from '@/features/imports/templateWorkbook'
import { toCsv } from '@/lib/format/toCsv'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'
import { workbookBytes } from '../helpers/workbookBytes'

let payload: Payload
let users: Record<Role, Account | null>
const overrideAccess = true // set-up and read-back; the import itself runs as the staff member
const tag = () => Math.random().toString(36).slice(2, 8)

const offenderHeader = ['Ref', 'First name', 'Surname', 'Aliases', 'Gallery', 'Hair']
const incidentHeader = [
  'Date',
  'Time',
  'Type',
  'Business',
  'Description',
  'Value lost',
  'Police called',
  'Offender refs',
]
const sheetOf = (workbook: ExcelJS.Workbook, name: string, rows: unknown[][]) => {
  const sheet = workbook.addWorksheet(name)
  for (const row of rows) sheet.addRow(row)
  return sheet
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
})

describe('a workbook and the same CSV', () => {
  it('give the same dry run, and the workbook imports the same records', async () => {
    const t = tag()
    const offenderRows = [
      [`X-${t}`, 'Sam', `Sheetson${t}`, 'Sammy', 'known', 'short, grey'],
      [`Y-${t}`, '', '', '', 'ID sought', 'long red'],
    ]
    const incidentCsv = [
      ['14/10/2025', '15:40', 'theft', 'Copper Kettle Cafe', 'Took razor blades.', '1054.5', 'yes', `X-${t}`],
      ['01/07/2025', '', 'ASB', 'Lantern Books', 'Shouting.', '', 'no', `y-${t}`],
    ]
    const csvFiles = {
      offenders: toCsv([offenderHeader, ...offenderRows]),
      incidents: toCsv([incidentHeader, ...incidentCsv]),
    }
    const offendersBook = await workbookBytes((workbook) =>
      sheetOf(workbook, 'Offenders', [offenderHeader, ...offenderRows]),
    )
    const incidentsBook = await workbookBytes((workbook) => {
      const sheet = sheetOf(workbook, 'Incidents', [
        incidentHeader,
        // A Date cell, a time as a fraction of a day, money as a number, TRUE for yes.
        [
          new Date(Date.UTC(2025, 9, 14)),
          0.65278,
          'theft',
          'Copper Kettle Cafe',
          'Took razor blades.',
          1054.5,
          true,
          `X-${t}`,
        ],
        [],
        // A serial date, and a formula with its saved result (exceljs, writing this file, drops a false one).
        [
          45839,
          null,
          'ASB',
          'Lantern Books',
          'Shouting.',
          null,
          { formula: 'IF(1=2,"yes","no")', result: 'no' },
          `y-${t}`,
        ],
      ])
      sheet.getCell('A2').numFmt = 'dd/mm/yyyy'
    })
    const fromCsv = await runImport({ payload, user: users.admin, files: csvFiles, mode: 'dry-run' })
    const workbookFiles = { offenders: offendersBook, incidents: incidentsBook }
    const fromWorkbook = await runImport({
      payload,
      user: users.admin,
      files: workbookFiles,
      mode: 'dry-run',
    })
    expect(fromCsv.ok).toBe(true)
    expect(fromWorkbook.rows.flatMap((row) => row.errors)).toEqual([])
    expect(fromWorkbook.message).toBe(fromCsv.message)
    // The blank row 3 of the workbook is skipped, so its last incident is row 4.
    expect(fromWorkbook.rows.map((row) => [row.kind, row.row, row.errors])).toEqual([
      ['offenders', 2, []],
      ['offenders', 3, []],
      ['incidents', 2, []],
      ['incidents', 4, []],
    ])

    const before = (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs
    const imported = await runImport({
      payload,
      user: users['scheme-manager'],
      files: workbookFiles,
      mode: 'import',
    })
    expect(imported.message).toBe('Imported 2 offender profiles and 2 incidents.')
    expect((await payload.count({ collection: 'incidents', overrideAccess })).totalDocs).toBe(before + 2)
    const [samId, soughtId, theftId, asbId] = imported.rows.map((row) => row.id as number)
    const theft = await payload.findByID({
      collection: 'incidents',
      id: theftId as number,
      depth: 0,
      overrideAccess,
    })
    expect(theft.occurredAt).toBe('2025-10-14T14:40:00.000Z') // 15:40 British Summer Time
    expect(theft.valueLost).toBe(1054.5)
    expect(theft.policeCalled).toBe(true)
    expect(theft.offenders).toEqual([samId])
    const asb = await payload.findByID({
      collection: 'incidents',
      id: asbId as number,
      depth: 0,
      overrideAccess,
    })
    expect(asb.occurredAt).toBe('2025-07-01T11:00:00.000Z') // serial 45839, no time: 12:00 UK
    expect(asb.policeCalled).toBe(false)
    expect(asb.offenders).toEqual([soughtId])
  })
})

describe('a workbook with bad cells', () => {
  it('names each by row and column letter under a title row, and writes nothing', async () => {
    const t = tag()
    const book = await workbookBytes((workbook) => {
      sheetOf(workbook, 'Sheet1', [
        [`Incident log ${t}`],
        incidentHeader,
        ['14/10/2025', '', 'theft', 'Lantern Books', 'Fine.', { formula: 'B9*2' }, 'no', ''],
        ['31/02/2025', '', 'theft', 'Lantern Books', 'Bad date.', 3, 'no', ''],
      ]).mergeCells('A1:H1')
    })
    const before = (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs
    const result = await runImport({ payload, user: users.admin, files: { incidents: book }, mode: 'import' })
    expect(result.ok).toBe(false)
    expect(result.notices).toContain(
      "The incidents file's column headings are on row 2: the rows above them are not imported.",
    )
    expect(
      result.rows.map((row) => [row.row, row.errors.map((error) => [error.letter, error.column])]),
    ).toEqual([
      [3, [['F', 'Value lost']]],
      [4, [['A', 'Date']]],
    ])
    expect(result.rows[0]?.errors[0]?.message).toMatch(/formula has no saved result/)
    expect((await payload.count({ collection: 'incidents', overrideAccess })).totalDocs).toBe(before)
  })

  it('refuses a password-protected workbook as a whole file, without asking to choose one', async () => {
    const result = await runImport({
      payload,
      user: users.admin,
      files: { offenders: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1]) },
      mode: 'dry-run',
    })
    expect(result.fileErrors).toEqual([
      { kind: 'offenders', message: expect.stringMatching(/password-protected workbook or an old .xls/) },
    ])
  })
})

describe('the workbook templates', () => {
  it('pass a dry run as they are', async () => {
    const vocabulary = await readImportVocabulary(payload, users.admin as never)
    const files = {
      offenders: await templateWorkbook('offenders', templateChoices('offenders', vocabulary)),
      incidents: await templateWorkbook('incidents', templateChoices('incidents', vocabulary)),
    }
    const result = await runImport({ payload, user: users.admin, files, mode: 'dry-run' })
    expect(result.fileErrors).toEqual([])
    expect(result.rows.flatMap((row) => row.errors)).toEqual([])
    expect(result.ok).toBe(true)
  })
})

describe('the import route', () => {
  it('still refuses the public an .xlsx upload', async () => {
    const form = new FormData()
    form.append(
      'offenders',
      new Blob([Buffer.from(await templateWorkbook('offenders', {}))]),
      'offenders.xlsx',
    )
    const response = await POST(new Request('http://localhost/staff/import', { method: 'POST', body: form }))
    expect(response.status).toBe(401)
  })
})
