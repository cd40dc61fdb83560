/**
 * The notice form's suggestion route (`/staff/exclusion-notices/suggestion`): only admins and scheme managers
 * get an answer, for a profile that exists, never cached; it is the same calculation a save stores.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { GET } from '@/app/(payload)/staff/exclusion-notices/suggestion/route'
import { suggestionForAccount } from '@/features/exclusionNotices/suggestionForAccount'
import { type AccessFixtures, createAccessFixtures } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let offender: number
let fx: AccessFixtures

const query = (params: Record<string, string>) => new URLSearchParams(params)

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  fx = await createAccessFixtures(payload)
  offender = (
    await payload.create({
      collection: 'offenders',
      data: { firstName: 'Suggestion', lastName: 'Fixture', gallery: 'known', status: 'approved' },
      depth: 0,
      overrideAccess: true, // test set-up
    })
  ).id
  for (const days of [3, 2, 1]) {
    await payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: new Date(Date.now() - days * 86_400_000).toISOString(),
        description: 'Fixture: took stock from the shelf.',
        offenders: [offender],
        business: fx.businesses.businessA,
      },
      depth: 0,
      overrideAccess: true, // test set-up
    } as never)
  }
})

describe('the notice suggestion route', () => {
  it('refuses the public and a member’s token at the door', async () => {
    const anonymous = await GET(
      new Request(`http://localhost/staff/exclusion-notices/suggestion?offender=${offender}`),
    )
    expect(anonymous.status).toBe(401)
    const { token } = await payload.login({
      collection: 'members',
      data: { email: 'police@ntars.test', password: process.env.DEMO_PASSWORD || 'ntars-demo-2026' },
      overrideAccess: true, // test set-up: a real member token
    })
    const police = await GET(
      new Request(`http://localhost/staff/exclusion-notices/suggestion?offender=${offender}`, {
        headers: { Authorization: `JWT ${token}` },
      }),
    )
    expect(police.status).toBe(403)
    expect(police.headers.get('Cache-Control')).toContain('no-store')
  })

  it('refuses staff who do not make notices', async () => {
    const editor = await suggestionForAccount(payload, users.editor, query({ offender: String(offender) }))
    expect(editor.status).toBe(403)
  })

  it('answers a scheme manager with the stage, points and reasons, never cached', async () => {
    const response = await suggestionForAccount(
      payload,
      users['scheme-manager'],
      query({ offender: String(offender) }),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toContain('no-store')
    const body = (await response.json()) as { stage: string; points: number; reasons: string[] }
    expect(body).toMatchObject({ stage: 'warning', points: 3 })
    expect(body.reasons.at(-1)).toBe('3 points reach the warning threshold of 3: yellow warning')
  })

  it('says what is wrong with a bad or unknown profile', async () => {
    const manager = users['scheme-manager']
    expect((await suggestionForAccount(payload, manager, query({ offender: 'x' }))).status).toBe(400)
    expect((await suggestionForAccount(payload, manager, query({ offender: '999999999' }))).status).toBe(404)
  })
})
