/**
 * The import route over HTTP: the public, members and editors are refused; a scheme manager's dry run
 * streams progress lines then the result, and is never cached.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, signIn } from '../helpers/http'

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
            message: 'A known person needs a first name, last name or alias (or put "ID sought" in Gallery).',
          },
        ],
      },
    ])
  })

  it('gives a manager the template', async () => {
    const response = await fetch(`${baseUrl()}/staff/import/template/incidents`, { headers: manager })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('ntars-incidents-template.csv')
    expect(await response.text()).toMatch(/^\uFEFF?Date,Time,Type,Business,Where/)
  })
})
