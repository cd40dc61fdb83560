/**
 * Field-level rules of the access table (docs/access-control.md): what a role may set, see or change inside a
 * row it may touch.
 */
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import type { Incident, Offender } from '@/payload-types'
import { attempt } from '../helpers/attempt'
import { findEveryPage } from '../helpers/findEveryPage'
import { type AccessFixtures, createAccessFixtures, tinyJpeg } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let fx: AccessFixtures
const as = (role: Role) => ({ user: users[role] ?? undefined, overrideAccess: false as const })
const overrideAccess = true // reading back what was stored, past the access rules under test

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  fx = await createAccessFixtures(payload)
})

describe('incidents', () => {
  it('takes reporter, business and status from the session, whatever a member sends', async () => {
    const created = await payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        description: 'Two bottles of gin taken from the shelf by the door.',
        business: fx.businesses.businessB,
        reporter: fx.members.member2,
        status: 'closed',
      },
      depth: 0,
      ...as('member'),
    })
    const stored = await payload.findByID({
      collection: 'incidents',
      id: created.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.reporter).toBe(fx.members.member)
    expect(stored.business).toBe(fx.businesses.businessA)
    expect(stored.status).toBe('submitted')
  })

  it('lets nobody change who reported, even a scheme manager', async () => {
    await payload.update({
      collection: 'incidents',
      id: fx.incidents.incA,
      data: { reporter: fx.members.member2 },
      ...as('scheme-manager'),
    })
    const stored = await payload.findByID({
      collection: 'incidents',
      id: fx.incidents.incA,
      depth: 0,
      overrideAccess,
    })
    expect(stored.reporter).toBe(fx.members.member)
  })

  it('shows a member only their own business’s reports in lists and filters', async () => {
    const all = await findEveryPage<Incident>(payload, { collection: 'incidents', depth: 0, ...as('member') })
    expect(all.length).toBeGreaterThan(0)
    expect(all.every((doc) => doc.business === fx.businesses.businessA)).toBe(true)
    const other = await payload.find({
      collection: 'incidents',
      where: { business: { equals: fx.businesses.businessB } },
      depth: 0,
      ...as('member'),
    })
    expect(other.totalDocs).toBe(0)
  })

  it('lets police add their fields but not rewrite the report', async () => {
    await payload.update({
      collection: 'incidents',
      id: fx.incidents.incB,
      data: {
        description: 'Rewritten by police',
        police: { crimeReference: 'NB/4242/26', outcome: 'arrest' },
      },
      ...as('police'),
    })
    const stored = await payload.findByID({
      collection: 'incidents',
      id: fx.incidents.incB,
      depth: 0,
      overrideAccess,
    })
    expect(stored.description).toBe('Fixture theft')
    expect(stored.police?.crimeReference).toBe('NB/4242/26')
    expect(stored.police?.outcome).toBe('arrest')
  })

  it('hides the reporter from partner agencies', async () => {
    const seen = await payload.findByID({
      collection: 'incidents',
      id: fx.incidents.incAsbB,
      depth: 0,
      ...as('partner-asb'),
    })
    expect(seen.reporter).toBeUndefined()
    expect(seen.description).toBe('Fixture asb')
  })

  it('refuses to link a welfare concern to an offender profile', async () => {
    const result = payload.create({
      collection: 'incidents',
      data: {
        type: 'welfare-concern',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        description: 'Person sleeping in the doorway.',
        offenders: [fx.offenders.offApproved],
      },
      ...as('member'),
    } as never)
    await expect(result).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: 'The following field is invalid: offenders',
      data: {
        collection: 'incidents',
        errors: [
          { path: 'offenders', message: 'A welfare concern cannot be linked to an offender profile.' },
        ],
      },
    })
  })

  it('refuses a report dated in the future and writes nothing', async () => {
    const before = (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs
    const result = payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
        description: 'Future',
      },
      ...as('member'),
    } as never)
    await expect(result).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      message: 'The following field is invalid: Occurred At',
      data: {
        collection: 'incidents',
        errors: [
          { label: 'Occurred At', path: 'occurredAt', message: 'An incident cannot be in the future.' },
        ],
      },
    })
    expect((await payload.count({ collection: 'incidents', overrideAccess })).totalDocs).toBe(before)
  })

  it('records who created a report in the audit log', async () => {
    const created = await payload.create({
      collection: 'incidents',
      data: {
        type: 'asb',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        description: 'Shouting at customers.',
      },
      ...as('member'),
    } as never)
    const entries = await payload.find({
      collection: 'audit-log',
      where: { and: [{ entityCollection: { equals: 'incidents' } }, { entityId: { equals: created.id } }] },
      overrideAccess,
    })
    expect(entries.docs[0]?.action).toBe('create')
    expect(entries.docs[0]?.actorId).toBe(fx.members.member)
    expect(entries.docs[0]?.actorCollection).toBe('members')
  })
})

describe('offenders', () => {
  it('makes a member’s entry a proposal credited to them, whatever they send', async () => {
    const created = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Proposed',
        lastName: 'ByMember',
        gallery: 'known',
        status: 'approved',
        safeguarding: false,
      },
      depth: 0,
      ...as('member'),
    } as never)
    const stored = await payload.findByID({
      collection: 'offenders',
      id: created.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.status).toBe('proposed')
    expect(stored.proposedBy).toBe(fx.members.member)
    expect(stored.approvedBy ?? null).toBeNull()
    // Proposals are for staff only until approved: the proposer cannot read it back.
    expect(
      await attempt(() => payload.findByID({ collection: 'offenders', id: created.id, ...as('member') })),
    ).toBe('denied')
  })

  it('records who approved a profile and when; nobody can write those fields', async () => {
    const proposal = await payload.create({
      collection: 'offenders',
      data: { firstName: 'To', lastName: 'Approve', gallery: 'known' },
      ...as('member'),
    } as never)
    const manager = users['scheme-manager']
    await payload.update({
      collection: 'offenders',
      id: proposal.id,
      data: { status: 'approved', approvedAt: '2001-01-01T00:00:00.000Z' },
      ...as('scheme-manager'),
    })
    const stored = await payload.findByID({
      collection: 'offenders',
      id: proposal.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.status).toBe('approved')
    expect(stored.approvedBy).toBe(manager?.id)
    expect(new Date(stored.approvedAt as string).getFullYear()).toBeGreaterThan(2020)
  })

  it('never lets police or members change a profile’s status', async () => {
    // Police may update a profile (their notes), so the status is dropped silently; members may not update.
    for (const [role, verdict] of [
      ['police', 'allowed'],
      ['member', 'denied'],
    ] as const) {
      expect(
        await attempt(() =>
          payload.update({
            collection: 'offenders',
            id: fx.offenders.offApproved,
            data: { status: 'archived' },
            ...as(role),
          }),
        ),
      ).toBe(verdict)
      const stored = await payload.findByID({
        collection: 'offenders',
        id: fx.offenders.offApproved,
        depth: 0,
        overrideAccess,
      })
      expect(stored.status).toBe('approved')
    }
  })

  it('shows members approved gallery profiles only, never proposed, archived or safeguarded ones', async () => {
    const seen = await findEveryPage<Offender>(payload, {
      collection: 'offenders',
      depth: 0,
      ...as('member'),
    })
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((doc) => doc.status === 'approved')).toBe(true)
    const ids = seen.map((doc) => doc.id)
    for (const hidden of [fx.offenders.offProposed, fx.offenders.offArchived, fx.offenders.offSafeguarded]) {
      expect(ids).not.toContain(hidden)
    }
  })

  it('never shows outreach the offender gallery', async () => {
    expect(await attempt(() => payload.find({ collection: 'offenders', ...as('partner-outreach') }))).toBe(
      'denied',
    )
  })

  it('hides police notes, the recognition log and the safeguarding flag from members', async () => {
    const seen = await payload.findByID({
      collection: 'offenders',
      id: fx.offenders.offApproved,
      depth: 0,
      ...as('member'),
    })
    expect(seen.policeNotes).toBeUndefined()
    expect(seen.recognitions?.docs ?? []).toEqual([])
    expect(seen.safeguarding).toBeUndefined()
    expect(seen.proposedBy).toBeUndefined()
    const police = await payload.findByID({
      collection: 'offenders',
      id: fx.offenders.offApproved,
      depth: 0,
      ...as('police'),
    })
    expect(police.policeNotes).toBe('aaa fixture note')
  })

  it('does not let a member filter or sort on fields they cannot read', async () => {
    // Payload refuses a query on a field the caller may not read, so neither results nor order can hint at it.
    const refusedOn = (path: string) => ({
      name: 'QueryError',
      status: 400,
      message: `The following path cannot be queried: ${path}`,
      data: [{ path }],
    })
    const filters: [string, Where][] = [
      ['policeNotes', { policeNotes: { like: 'aaa' } }],
      ['safeguarding', { safeguarding: { equals: true } }],
      ['safeguardingNote', { safeguardingNote: { exists: true } }],
    ]
    for (const [path, where] of filters) {
      await expect(
        payload.find({ collection: 'offenders', where, limit: 1, depth: 0, ...as('member') }),
      ).rejects.toMatchObject(refusedOn(path))
    }
    for (const sort of ['policeNotes', '-policeNotes']) {
      await expect(
        payload.find({ collection: 'offenders', sort, limit: 100, depth: 0, ...as('member') }),
      ).rejects.toMatchObject(refusedOn('policeNotes'))
    }
  })
})

describe('members and businesses', () => {
  it('keeps a business manager’s new accounts in their business and out of police or partner roles', async () => {
    const password = 'a-long-test-password-1'
    const police = payload.create({
      collection: 'members',
      data: { email: `bm-police-${Date.now()}@ntars.test`, name: 'Fake Officer', role: 'police', password },
      ...as('business-manager'),
    } as never)
    await expect(police).rejects.toMatchObject({
      name: 'APIError',
      status: 403,
      message: 'A business manager can only give the member or business manager role.',
    })
    const created = await payload.create({
      collection: 'members',
      data: {
        email: `bm-staff-${Date.now()}@ntars.test`,
        name: 'New Staff',
        role: 'member',
        business: fx.businesses.businessB,
        password,
      },
      ...as('business-manager'),
    } as never)
    const stored = await payload.findByID({ collection: 'members', id: created.id, depth: 0, overrideAccess })
    expect(stored.business).toBe(fx.businesses.businessA)
  })

  it('does not let members change their own role, status or business', async () => {
    await payload.update({
      collection: 'members',
      id: fx.members.member,
      data: {
        role: 'police',
        accountStatus: 'active',
        business: fx.businesses.businessB,
        name: 'Sam Shopworker',
      },
      ...as('member'),
    })
    const stored = await payload.findByID({
      collection: 'members',
      id: fx.members.member,
      depth: 0,
      overrideAccess,
    })
    expect(stored.role).toBe('member')
    expect(stored.business).toBe(fx.businesses.businessA)
  })

  it('gives a suspended member no access at all', async () => {
    const member = users.member
    if (member?.collection !== 'members') throw new Error('member account missing')
    const suspended = { ...member, accountStatus: 'suspended' as const }
    const result = await attempt(() =>
      payload.find({ collection: 'incidents', user: suspended, overrideAccess: false }).then((found) => {
        if (found.docs.length === 0) throw Object.assign(new Error('none'), { status: 403 })
      }),
    )
    expect(result).toBe('denied')
  })

  it('shows the public an adopted shop’s public fields only', async () => {
    const shop = await payload.findByID({
      collection: 'businesses',
      id: fx.businesses.businessA,
      depth: 0,
      ...as('anonymous'),
    })
    expect(shop.name).toBe('Copper Kettle Café')
    expect(shop.officerPublicName).toBe('PC Robin')
    expect(Object.keys(shop).sort()).toEqual([
      'address',
      'adoptedSince',
      'category',
      'createdAt',
      'id',
      'isAdopted',
      'location',
      'name',
      'officerPublicName',
      'slug',
      'updatedAt',
    ])
    expect(shop.contact).toBeUndefined()
    expect(shop.adoptingOfficer).toBeUndefined()
    expect(shop.agreement).toBeUndefined()
  })

  it('lets an editor see only their own staff account', async () => {
    const seen = await payload.find({ collection: 'users', depth: 0, ...as('editor') })
    expect(seen.docs.map((doc) => doc.email)).toEqual(['editor@ntars.test'])
  })

  it('does not let an editor give themselves the admin role', async () => {
    const editor = users.editor
    if (!editor) throw new Error('editor missing')
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, ...as('editor') })
    const stored = await payload.findByID({ collection: 'users', id: editor.id, depth: 0, overrideAccess })
    expect(stored.roles).toEqual(['editor'])
  })
})

describe('evidence', () => {
  it('refuses a member’s photo on another business’s report, and writes nothing', async () => {
    const image = await tinyJpeg()
    const before = (await payload.count({ collection: 'evidence', overrideAccess })).totalDocs
    const result = await attempt(() =>
      payload.create({
        collection: 'evidence',
        data: { kind: 'incident-photo', incident: fx.incidents.incB },
        file: { data: image, mimetype: 'image/jpeg', name: 'cross-business.jpg', size: image.length },
        ...as('member'),
      }),
    )
    expect(result).toBe('denied')
    expect((await payload.count({ collection: 'evidence', overrideAccess })).totalDocs).toBe(before)
  })

  it('refuses a file that is not really an image', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const result = payload.create({
      collection: 'evidence',
      data: { kind: 'incident-photo', incident: fx.incidents.incA },
      file: { data: html, mimetype: 'image/jpeg', name: 'not-a-photo.jpg', size: html.length },
      ...as('member'),
    })
    await expect(result).rejects.toMatchObject({
      name: 'APIError',
      status: 400,
      message: 'That file is not a readable image. Use a JPEG, PNG or WebP photo.',
    })
  })

  it('records who uploaded a photo and the fingerprint of the original', async () => {
    const image = await tinyJpeg()
    const created = await payload.create({
      collection: 'evidence',
      data: { kind: 'incident-photo', incident: fx.incidents.incA },
      file: { data: image, mimetype: 'image/jpeg', name: 'own-report.jpg', size: image.length },
      ...as('member'),
    })
    const stored = await payload.findByID({
      collection: 'evidence',
      id: created.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.uploadedBy).toBe(fx.members.member)
    expect(stored.originalSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.mimeType).toBe('image/webp')
  })
})
