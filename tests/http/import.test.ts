/**
 * The import route over HTTP: the public, members and editors are refused; a scheme manager's dry run
 * (of a CSV file or an .xlsx workbook) streams progress lines then the result, and is never cached.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, signIn } from '../helpers/http'
import { workbookBytes } from '../helpers/workbookBytes'

const offendersCsv = 'Ref,First name,Last name\r\nHTTP-1,Casey,Httpfixture\r\nHTTP-2,,\r\n'
const upload = (headers: Record<string, string> = {}) => {
  const form = new FormData()
  form.append('mode', 'dry-run')
  form.append('offenders', new Blob([offendersCsv], { type: 'text/csv' }), 'offenders.csv')
  return fetch(`${baseUrl()}/staff/import`, { method: 'POST', headers, body: form })
}

let member: Record<string, string>
let manager: Record<string, string>

beforeAll(async () => {
  member = await signIn('members', 'member@ntars.test')
  manager = await signIn('users', 'manager@ntars.test')
})

describe('who may import', () => {
  it('refuses the public and members', async () => {
    const anonymous = await upload()
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('cache-control')).toContain('no-store')
    const asMember = await upload(member)
    expect(asMember.status).toBe(403)
    expect(await asMember.text()).toBe('Only scheme managers and admins may import.')
  })

  it('refuses a template download to the public', async () => {
    const response = await fetch(`${baseUrl()}/staff/import/template/offenders`)
    expect(response.status).toBe(401)
  })
})

describe('a dry run', () => {
  it('streams progress, then every row with its errors', async () => {
    const response = await upload(manager)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/x-ndjson')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.at(-2)).toEqual({ done: 2, total: 2 })
    const { result } = lines.at(-1)
    expect(result.mode).toBe('dry-run')
    expect(result.ok).toBe(false)
    expect(result.rows).toEqual([
      { kind: 'offenders', row: 2, errors: [] },
      {
        kind: 'offenders',
        row: 3,
        errors: [
          {
            column: 'First name',
            letter: 'B',
            message: 'A known person needs a first name, last name or alias (or put "ID sought" in Gallery).',
          },
        ],
      },
    ])
  })

  it('reads an .xlsx workbook sent the same way, whatever its name', async () => {
    const workbook = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Offenders')
      sheet.addRow(['Gallery of the week'])
      sheet.addRow(['Ref', 'First name', 'Last name'])
      sheet.addRow(['HTTP-X1', 'Casey', 'Httpworkbook'])
    })
    const form = new FormData()
    form.append('mode', 'dry-run')
    form.append('offenders', new Blob([Buffer.from(workbook)]), 'gallery.CSV')
    const response = await fetch(`${baseUrl()}/staff/import`, {
      method: 'POST',
      headers: manager,
      body: form,
    })
    expect(response.status).toBe(200)
    const { result } = JSON.parse((await response.text()).trim().split('\n').at(-1) as string)
    expect(result.fileErrors).toEqual([])
    expect(result.rows).toEqual([{ kind: 'offenders', row: 3, errors: [] }])
    expect(result.ok).toBe(true)
  })

  it('gives a manager the workbook template', async () => {
    const response = await fetch(`${baseUrl()}/staff/import/template/offenders?format=xlsx`, {
      headers: manager,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml.sheet')
    expect(response.headers.get('content-disposition')).toContain('ntars-offenders-template.xlsx')
    expect(response.headers.get('cache-control')).toContain('no-store')
    // A ZIP, as every .xlsx is.
    expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
  })

  it('gives a manager the template', async () => {
    const response = await fetch(`${baseUrl()}/staff/import/template/incidents`, { headers: manager })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('ntars-incidents-template.csv')
    expect(await response.text()).toMatch(/^\uFEFF?Date,Time,Type,Business,Where/)
  })
})
