import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CsvError } from '@/features/imports/CsvError'
import { excelSerialToDate } from '@/features/imports/excelSerialToDate'
import { incidentColumns } from '@/features/imports/incidentColumns'
import { offenderColumns } from '@/features/imports/offenderColumns'
import { readUpload } from '@/features/imports/readUpload'
import { readWorkbook } from '@/features/imports/readWorkbook'
import { spreadsheetCellKinds } from '@/features/imports/spreadsheetCellKinds'
import { workbookLimits } from '@/features/imports/workbookLimits'
import { workbookMessages } from '@/features/imports/workbookMessages'
import { workbookBytes } from '../helpers/workbookBytes'

const incidentHeadings = ['Date', 'Time', 'Type', 'Business', 'Description', 'Value lost', 'Police called']
const readIncidents = (bytes: Uint8Array) => readWorkbook(bytes, 'incidents', incidentColumns)
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(CsvError)
  return (error as CsvError).message
}

describe('reading a workbook', () => {
  it('reads a plain sheet: text, numbers as money, Date cells, times, booleans, rich text and links', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1')
      sheet.addRow(incidentHeadings)
      sheet.addRow([
        new Date(Date.UTC(2025, 9, 14)),
        new Date(Date.UTC(1899, 11, 30, 15, 40)),
        { richText: [{ text: 'the' }, { text: 'ft', font: { bold: true } }] },
        { text: 'Copper Kettle Café', hyperlink: 'https://example.test/' },
        'Took razor blades.',
        1054.5,
        true,
      ])
      sheet.getCell('A2').numFmt = 'dd/mm/yyyy'
      sheet.getCell('B2').numFmt = 'hh:mm'
    })
    const table = await readIncidents(bytes)
    expect(table.fileErrors).toEqual([])
    expect(table.headerRow).toBe(1)
    expect(table.rows).toEqual([
      {
        row: 2,
        values: {
          date: '14/10/2025',
          time: '15:40',
          type: 'theft',
          business: 'Copper Kettle Café',
          description: 'Took razor blades.',
          valueLost: '1054.5',
          policeCalled: 'yes',
        },
      },
    ])
  })

  it('reads serial dates as UK wall-clock dates, a fraction as the time, and money to the penny', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Incidents')
      sheet.addRow(incidentHeadings)
      // 45944 is 14/10/2025; .65278 of a day is 15:40 (British Summer Time then, still 15:40 on the clock).
      sheet.addRow([45944.65278, null, 'theft', 'Shop', 'x', 12.345, false])
      sheet.addRow([45658, 0.375, 'theft', 'Shop', 'y', 3, 'no'])
    })
    const { rows } = await readIncidents(bytes)
    expect(rows.map((row) => row.values)).toEqual([
      {
        date: '14/10/2025 15:40',
        time: '',
        type: 'theft',
        business: 'Shop',
        description: 'x',
        valueLost: '12.35',
        policeCalled: 'no',
      },
      {
        date: '01/01/2025',
        time: '09:00',
        type: 'theft',
        business: 'Shop',
        description: 'y',
        valueLost: '3',
        policeCalled: 'no',
      },
    ])
    expect(excelSerialToDate(45658).toISOString()).toBe('2025-01-01T00:00:00.000Z')
  })

  it('finds the header under a merged title row, keeps row numbers and skips blank rows anywhere', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log')
      sheet.addRow(['High Street BCRP incident log, 2025'])
      sheet.mergeCells('A1:G1')
      sheet.addRow([])
      sheet.addRow(incidentHeadings)
      sheet.addRow(['14/10/2025', '', 'theft', 'Shop', 'first'])
      sheet.addRow([])
      sheet.addRow(['15/10/2025', '', 'theft', 'Shop', 'second'])
      sheet.addRow([])
      sheet.addRow([])
      // Formatted but empty cells far to the right and below are not columns or rows of the table.
      sheet.getCell('XF40').numFmt = 'dd/mm/yyyy'
      sheet.getCell('XF40').value = null
    })
    const table = await readIncidents(bytes)
    expect(table.fileErrors).toEqual([])
    expect(table.headerRow).toBe(3)
    expect(table.rows.map((row) => [row.row, row.values.description])).toEqual([
      [4, 'first'],
      [6, 'second'],
    ])
  })

  it('reads a two-row header with merged group labels and a heading merged across two columns', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Offenders')
      sheet.addRow(['Person', '', '', 'Exclusion', ''])
      sheet.mergeCells('A1:C1')
      sheet.mergeCells('D1:E1')
      sheet.addRow(['Ref', 'First name', 'Last name', 'Exclusion stage', 'Exclusion start', 'Notes', ''])
      sheet.mergeCells('F2:G2')
      sheet.addRow([
        'OF-1',
        'Jamie',
        'Fictitious',
        'warning',
        new Date(Date.UTC(2025, 8, 1, 10, 30)),
        'a',
        'b',
      ])
    })
    const table = await readWorkbook(bytes, 'offenders', offenderColumns)
    expect(table.fileErrors).toEqual([])
    expect(table.headerRow).toBe(2)
    expect(table.ignoredHeaders).toEqual(['Notes'])
    expect(table.letters).toMatchObject({ ref: 'A', exclusionStart: 'E' })
    expect(table.rows[0]).toEqual({
      row: 3,
      values: {
        ref: 'OF-1',
        firstName: 'Jamie',
        lastName: 'Fictitious',
        exclusionStage: 'warning',
        exclusionStart: '01/09/2025',
      },
    })
  })

  it('uses a formula cell’s saved result, and names the cell of a formula with none or an error', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Incidents')
      sheet.addRow(incidentHeadings)
      sheet.addRow(['14/10/2025', '', 'theft', 'Shop', 'x', { formula: 'SUM(1,2)', result: 3 }, ''])
      sheet.addRow(['14/10/2025', '', 'theft', 'Shop', 'y', { formula: 'SUM(1,2)' }, ''])
      sheet.addRow([
        '14/10/2025',
        '',
        'theft',
        'Shop',
        'z',
        { formula: '1/0', result: { error: '#DIV/0!' } },
        '',
      ])
    })
    const { rows } = await readIncidents(bytes)
    expect(rows[0]?.values.valueLost).toBe('3')
    expect(rows[0]?.problems).toBeUndefined()
    expect(rows[1]?.problems).toEqual([
      { column: 'Value lost', letter: 'F', message: expect.stringMatching(/formula has no saved result/) },
    ])
    expect(rows[2]?.problems?.[0]?.message).toMatch(/#DIV\/0!/)
  })

  it('takes the sheet named for the kind in a workbook of several', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Offenders').addRow(['Ref', 'First name'])
      const incidents = workbook.addWorksheet('Incidents')
      incidents.addRow(incidentHeadings)
      incidents.addRow(['14/10/2025', '', 'theft', 'Shop', 'from the right sheet'])
    })
    expect((await readIncidents(bytes)).rows[0]?.values.description).toBe('from the right sheet')
  })

  it('refuses a sheet wider than the limit', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Incidents')
      sheet.addRow(incidentHeadings)
      sheet.getCell(2, workbookLimits.maxColumns + 1).value = 'far out'
    })
    expect(await refusal(readIncidents(bytes))).toBe(
      workbookMessages.tooManyColumns(workbookLimits.maxColumns + 1),
    )
  })

  it('checks every key it reads specially is a real column', () => {
    const keys = [...offenderColumns, ...incidentColumns].map((column): string => column.key)
    expect(Object.keys(spreadsheetCellKinds).filter((key) => !keys.includes(key))).toEqual([])
  })
})

describe('refusing a workbook', () => {
  it('refuses a macro-enabled workbook', async () => {
    const plain = unzipSync(await workbookBytes((workbook) => workbook.addWorksheet('A').addRow(['Ref'])))
    const withMacros = zipSync({ ...plain, 'xl/vbaProject.bin': strToU8('not really VBA') })
    expect(await refusal(readIncidents(withMacros))).toBe(workbookMessages.macros)
  })

  it('refuses an encrypted workbook or .xls, a ZIP that is no workbook, and binary named .xlsx', async () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    expect(await refusal(readUpload(compound, 'incidents', incidentColumns))).toBe(
      workbookMessages.encryptedOrOld,
    )
    const notWorkbook = zipSync({
      'word/document.xml': strToU8('<w:document/>'),
      '[Content_Types].xml': strToU8('<Types/>'),
    })
    expect(await refusal(readUpload(notWorkbook, 'incidents', incidentColumns))).toBe(
      workbookMessages.notWorkbook,
    )
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(await refusal(readUpload(png, 'incidents', incidentColumns))).toBe(workbookMessages.notWorkbook)
    const truncated = (await workbookBytes((workbook) => workbook.addWorksheet('A').addRow(['Ref']))).slice(
      0,
      200,
    )
    expect(await refusal(readUpload(truncated, 'incidents', incidentColumns))).toBe(
      workbookMessages.unreadable,
    )
  })

  it('stops inflating a zip bomb once its real output passes the limit', async () => {
    const plain = unzipSync(await workbookBytes((workbook) => workbook.addWorksheet('A').addRow(['Ref'])))
    // 48 MB of one repeated cell compresses to well under 1 MB.
    const huge = new Uint8Array(workbookLimits.maxUnpackedBytes + 8 * 1024 * 1024).fill(0x20)
    const bomb = zipSync({ ...plain, 'xl/worksheets/sheet1.xml': huge }, { level: 9 })
    expect(bomb.byteLength).toBeLessThan(1024 * 1024)
    expect(await refusal(readIncidents(bomb))).toBe(workbookMessages.tooLarge)
  })

  it('refuses a sheet with more cells than the limit before reading it', async () => {
    const plain = unzipSync(await workbookBytes((workbook) => workbook.addWorksheet('A').addRow(['Ref'])))
    const cells = '<c r="A1" t="inlineStr"><is><t>x</t></is></c>'.repeat(workbookLimits.maxCells + 1)
    const sheet = strToU8(`<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`)
    const large = zipSync({ ...plain, 'xl/worksheets/sheet1.xml': sheet }, { level: 9 })
    expect(await refusal(readIncidents(large))).toBe(workbookMessages.tooLarge)
  })
})
