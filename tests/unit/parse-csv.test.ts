import { describe, expect, it } from 'vitest'
import { CsvError } from '@/features/imports/CsvError'
import { incidentColumns } from '@/features/imports/incidentColumns'
import { offenderColumns } from '@/features/imports/offenderColumns'
import { parseClockTime } from '@/features/imports/parseClockTime'
import { parseCsv } from '@/features/imports/parseCsv'
import { parseMoney } from '@/features/imports/parseMoney'
import { parseUkDate } from '@/features/imports/parseUkDate'
import { readTable } from '@/features/imports/readTable'
import { templateCsv } from '@/features/imports/templateCsv'
import { toCsv } from '@/lib/format/toCsv'

describe('parseCsv', () => {
  it('reads plain fields and records ended by CRLF, LF or CR', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n4,5,6\r7,8,9')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ])
  })

  it('reads quoted fields holding commas, line breaks and doubled quotes', () => {
    expect(parseCsv('name,notes\r\n"Smith, Jo","said ""hi""\r\nthen left"\r\n')).toEqual([
      ['name', 'notes'],
      ['Smith, Jo', 'said "hi"\r\nthen left'],
    ])
  })

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,,c,\n"",x,,')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x', '', ''],
    ])
  })

  it('drops a byte-order mark and empty lines', () => {
    expect(parseCsv('\uFEFFRef,Name\r\n\r\nA1,Jo\r\n\r\n')).toEqual([
      ['Ref', 'Name'],
      ['A1', 'Jo'],
    ])
  })

  it('keeps a quote inside an unquoted field as written', () => {
    expect(parseCsv('size\n5" screen')).toEqual([['size'], ['5" screen']])
  })

  it('refuses an unterminated quote, naming its line', () => {
    expect(() => parseCsv('a,b\n1,"never\nends')).toThrow(CsvError)
    expect(() => parseCsv('a,b\n1,"never\nends')).toThrow(/starts on line 2/)
  })

  it('refuses more records than the limit with a clear message', () => {
    const text = Array.from({ length: 6 }, (_, index) => `row${index}`).join('\n')
    expect(() => parseCsv(text, 5)).toThrow(/too large: the import takes up to 5 MB and 20,000 rows/)
    expect(parseCsv(text, 6)).toHaveLength(6)
  })

  it('reads back what toCsv and the templates write', () => {
    const fields = ['plain', 'with, comma', 'with "quote"', 'two\r\nlines', 'lone\nbreak', '']
    expect(parseCsv(toCsv([fields, fields]))).toEqual([fields, fields])
    const [header, example] = parseCsv(templateCsv('incidents'))
    expect(header).toEqual(incidentColumns.map((column) => column.header))
    expect(example).toHaveLength(incidentColumns.length)
  })
})

describe('toCsv', () => {
  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(
      toCsv([['=HYPERLINK("x")', '-5', '+1', '@SUM(A1)', '\tx', 'plain', -5, 2.5, null, Number.NaN]]),
    ).toBe(`"'=HYPERLINK(""x"")",'-5,'+1,'@SUM(A1),'\tx,plain,-5,2.5,,\r\n`)
  })
})

describe('readTable', () => {
  it('matches headers however they are spelled, and reports unknown ones', () => {
    const table = readTable(
      'REF,first_name,Surname,Aliases (;-separated),Shoe size\nA1,Jo,Bloggs,JB,9\n',
      offenderColumns,
    )
    expect(table.fileErrors).toEqual([])
    expect(table.ignoredHeaders).toEqual(['Shoe size'])
    expect(table.rows).toEqual([
      { row: 2, values: { ref: 'A1', firstName: 'Jo', lastName: 'Bloggs', aliases: 'JB' } },
    ])
  })

  it('refuses two headers for one column and a missing required column', () => {
    expect(readTable('Surname,Last name\nA,B\n', offenderColumns).fileErrors).toEqual([
      'The columns "Surname" and "Last name" both mean Last name: keep one.',
    ])
    expect(readTable('Date,Type,Business\n01/01/2026,theft,Shop\n', incidentColumns).fileErrors).toEqual([
      'The file has no "Description" column (the first row must name the columns).',
    ])
  })
})

describe('cell formats', () => {
  it('reads UK and ISO dates, never month first, and refuses impossible ones', () => {
    expect(parseUkDate('03/04/2026')).toEqual({ year: 2026, month: 4, day: 3 })
    expect(parseUkDate('3.4.26')).toEqual({ year: 2026, month: 4, day: 3 })
    expect(parseUkDate('2026-04-03')).toEqual({ year: 2026, month: 4, day: 3 })
    expect(parseUkDate('31/02/2026')).toBeNull()
    expect(parseUkDate('04/13/2026')).toBeNull()
    expect(parseUkDate('yesterday')).toBeNull()
  })

  it('reads pounds with £ signs and thousands commas', () => {
    expect(parseMoney('£1,234.50')).toBe(1234.5)
    expect(parseMoney('£ 12')).toBe(12)
    expect(parseMoney('0.99')).toBe(0.99)
    expect(parseMoney('-5')).toBeNull()
    expect(parseMoney('12.345')).toBeNull()
    expect(parseMoney('twelve')).toBeNull()
  })

  it('reads 24-hour and am/pm times', () => {
    expect(parseClockTime('15:40')).toBe('15:40')
    expect(parseClockTime('9.05')).toBe('09:05')
    expect(parseClockTime('15:40:00')).toBe('15:40')
    expect(parseClockTime('3pm')).toBe('15:00')
    expect(parseClockTime('12:30 am')).toBe('00:30')
    expect(parseClockTime('25:00')).toBeNull()
    expect(parseClockTime('15')).toBeNull()
  })
})
