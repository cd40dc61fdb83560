/**
 * The document library (docs/document-library.md): who sees which document, read receipts (once per
 * member and version, only for oneself), acceptance on joining (a new version asks again), the staff
 * not-read list, the members' file route, and a member's receipts going with their account.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount, StaffAccount } from '@/access/accountOf'
import { acceptanceByBusiness } from '@/features/documents/acceptanceByBusiness'
import { acceptDocument } from '@/features/documents/acceptDocument'
import { documentFileResponse } from '@/features/documents/documentFileResponse'
import { listDocumentsForMember } from '@/features/documents/listDocumentsForMember'
import { notReadBy } from '@/features/documents/notReadBy'
import { pendingAcceptances } from '@/features/documents/pendingAcceptances'
import type { Document } from '@/payload-types'
import { libraryPdf } from '@/seed/libraryPdf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, unknown>
const tag = Math.random().toString(36).slice(2, 8)
const member = () => users.member as MemberAccount
const manager = () => users['business-manager'] as MemberAccount
const staff = () => users['scheme-manager'] as StaffAccount

const makeDocument = (data: Partial<Document> & Pick<Document, 'audience'>) =>
  payload.create({
    collection: 'documents',
    data: { title: `Library test ${tag}`, kind: 'other', ...data },
    depth: 0,
    user: users.editor as StaffAccount,
    overrideAccess: false,
  })

const uploadVersion = async (document: number, label: string, bytes?: Buffer) => {
  const data = bytes ?? (await libraryPdf(`Test ${label}`, ['Fictional text.']))
  return payload.create({
    collection: 'document-versions',
    data: { document, versionLabel: label },
    file: { data, mimetype: 'application/pdf', name: `library-${tag}-${label}.pdf`, size: data.length },
    depth: 0,
    user: users.editor as StaffAccount,
    overrideAccess: false,
  })
}

const readsOf = async (memberId: number, version: number) =>
  (
    await payload.count({
      collection: 'document-reads',
      where: { and: [{ member: { equals: memberId } }, { version: { equals: version } }] },
      overrideAccess: true, // test check: counting receipts whoever wrote them
    })
  ).totalDocs

/** True when the operation throws: a refusal, whichever status Payload gives it. */
const refused = async (operation: () => Promise<unknown>) => {
  try {
    await operation()
    return false
  } catch {
    return true
  }
}

let policeDoc: Document
let managersDoc: Document
let everyoneDoc: Document

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  policeDoc = await makeDocument({ audience: ['police'], title: `Police only ${tag}` })
  await uploadVersion(policeDoc.id, 'v1')
  managersDoc = await makeDocument({ audience: ['business-managers'], title: `Managers ${tag}` })
  await uploadVersion(managersDoc.id, 'v1')
  const everyone = await makeDocument({ audience: ['all-members'], required: true, title: `Everyone ${tag}` })
  await uploadVersion(everyone.id, 'v1')
  everyoneDoc = await payload.findByID({
    collection: 'documents',
    id: everyone.id,
    depth: 0,
    overrideAccess: true,
  })
})

const canSee = async (role: Role, id: number) =>
  Boolean(
    await payload.findByID({
      collection: 'documents',
      id,
      depth: 0,
      disableErrors: true,
      user: users[role] as never,
      overrideAccess: false,
    }),
  )

describe('audience', () => {
  const table: [Role, boolean, boolean, boolean][] = [
    // role, police-only, managers-only, all members
    ['member', false, false, true],
    ['business-manager', false, true, true],
    ['police', true, false, true],
    ['partner-asb', false, false, true],
    ['anonymous', false, false, false],
    ['editor', true, true, true],
  ]
  for (const [role, police, managers, everyone] of table) {
    it(`${role} sees exactly the documents for their audience`, async () => {
      expect(await canSee(role, policeDoc.id)).toBe(police)
      expect(await canSee(role, managersDoc.id)).toBe(managers)
      expect(await canSee(role, everyoneDoc.id)).toBe(everyone)
    })
  }

  it('a retired document leaves the members’ library but stays with staff', async () => {
    const retired = await makeDocument({ audience: ['all-members'], retired: true })
    await uploadVersion(retired.id, 'v1')
    expect(await canSee('member', retired.id)).toBe(false)
    expect(await canSee('editor', retired.id)).toBe(true)
  })

  it('a document with no version yet is not in the members’ library', async () => {
    const empty = await makeDocument({ audience: ['all-members'] })
    expect(await canSee('member', empty.id)).toBe(false)
  })
})

describe('versions', () => {
  it('a new version moves the current pointer, keeps the old one and records its SHA-256', async () => {
    const document = await makeDocument({ audience: ['all-members'] })
    const v1 = await uploadVersion(document.id, 'v1')
    const v2 = await uploadVersion(document.id, 'v2')
    const reread = await payload.findByID({
      collection: 'documents',
      id: document.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(reread.currentVersion).toBe(v2.id)
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(
      await payload.count({
        collection: 'document-versions',
        where: { document: { equals: document.id } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 2 })
  })

  it('refuses a file that is not a PDF or office document, whatever its name says', async () => {
    const document = await makeDocument({ audience: ['all-members'] })
    const result = await refused(() =>
      uploadVersion(document.id, 'fake', Buffer.from('<html><script>alert(1)</script></html>')),
    )
    expect(result).toBe(true)
  })

  it('nobody edits a version, staff included', async () => {
    const document = await makeDocument({ audience: ['all-members'] })
    const version = await uploadVersion(document.id, 'v1')
    const result = await refused(() =>
      payload.update({
        collection: 'document-versions',
        id: version.id,
        data: { versionLabel: 'changed' },
        user: users.admin as never,
        overrideAccess: false,
      }),
    )
    expect(result).toBe(true)
  })
})

describe('read receipts and the file route', () => {
  it('opening the current version records one receipt per member and version, and is never cached', async () => {
    const document = await makeDocument({ audience: ['all-members'], required: true })
    const v1 = await uploadVersion(document.id, 'v1')
    const first = await documentFileResponse(member(), document.id)
    expect(first.status).toBe(200)
    expect(first.headers.get('Cache-Control')).toContain('no-store')
    expect(first.headers.get('Content-Type')).toBe('application/pdf')
    expect(
      Buffer.from(await first.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    await documentFileResponse(member(), document.id)
    expect(await readsOf(member().id, v1.id)).toBe(1)
    const listed = (await listDocumentsForMember(member())).find((row) => row.id === document.id)
    expect(listed?.status).toBe('read')
    const v2 = await uploadVersion(document.id, 'v2')
    const relisted = (await listDocumentsForMember(member())).find((row) => row.id === document.id)
    expect(relisted?.status).toBe('new-version')
    await documentFileResponse(member(), document.id)
    expect(await readsOf(member().id, v2.id)).toBe(1)
  })

  it('refuses a document outside the member’s audience with 404 and no-store, and records nothing', async () => {
    const response = await documentFileResponse(member(), policeDoc.id)
    expect(response.status).toBe(404)
    expect(response.headers.get('Cache-Control')).toContain('no-store')
    expect(
      (
        await payload.count({
          collection: 'document-reads',
          where: { document: { equals: policeDoc.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('a member records a read only for themselves, whatever member the data names', async () => {
    const document = await makeDocument({ audience: ['all-members'] })
    const version = await uploadVersion(document.id, 'v1')
    const read = await payload.create({
      collection: 'document-reads',
      data: { document: document.id, version: version.id, member: manager().id },
      depth: 0,
      user: member(),
      overrideAccess: false,
    })
    expect(read.member).toBe(member().id)
  })

  it('a member cannot record a read of a document outside their audience', async () => {
    const version = await payload.find({
      collection: 'document-versions',
      where: { document: { equals: policeDoc.id } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const result = await refused(() =>
      payload.create({
        collection: 'document-reads',
        data: { document: policeDoc.id, version: version.docs[0]?.id as number },
        user: member(),
        overrideAccess: false,
      }),
    )
    expect(result).toBe(true)
  })

  it('members read only their own receipts; staff cannot write one', async () => {
    const others = await payload.find({
      collection: 'document-reads',
      where: { member: { not_equals: member().id } },
      limit: 1,
      depth: 0,
      user: member(),
      overrideAccess: false,
    })
    expect(others.totalDocs).toBe(0)
    const result = await refused(() =>
      payload.create({
        collection: 'document-reads',
        data: { document: everyoneDoc.id, version: everyoneDoc.currentVersion as number },
        user: users.admin as never,
        overrideAccess: false,
      }),
    )
    expect(result).toBe(true)
  })
})

describe('not-read list', () => {
  it('lists a member in the audience until they open the current version', async () => {
    const document = await makeDocument({ audience: ['all-members'], required: true })
    await uploadVersion(document.id, 'v1')
    const before = await notReadBy(payload, staff(), document.id, 10_000)
    expect(before?.rows.map((row) => row.id)).toContain(member().id)
    await documentFileResponse(member(), document.id)
    const after = await notReadBy(payload, staff(), document.id, 10_000)
    expect(after?.rows.map((row) => row.id)).not.toContain(member().id)
    expect(after?.notRead).toBe((before?.notRead ?? 0) - 1)
  })

  it('leaves out roles the audience does not reach', async () => {
    const document = await makeDocument({ audience: ['police'], required: true })
    await uploadVersion(document.id, 'v1')
    const list = await notReadBy(payload, staff(), document.id, 10_000)
    expect(new Set(list?.rows.map((row) => row.role))).toEqual(new Set(['police']))
  })
})

describe('acceptance on joining', () => {
  it('asks the manager to accept, records who and which version, and asks again for a new version', async () => {
    const document = await makeDocument({
      audience: ['all-members'],
      acceptOnJoining: true,
      kind: 'sharing-agreement',
    })
    const v1 = await uploadVersion(document.id, 'v1')
    expect((await pendingAcceptances(manager())).map((item) => item.id)).toContain(document.id)
    expect(await pendingAcceptances(member())).toEqual([])
    expect(await acceptDocument(manager(), document.id, v1.id)).toEqual({ ok: true })
    expect((await pendingAcceptances(manager())).map((item) => item.id)).not.toContain(document.id)
    const business = await payload.findByID({
      collection: 'businesses',
      id: manager().business as number,
      depth: 0,
      overrideAccess: true,
    })
    expect(business.agreement?.signedBy).toBe(manager().name)
    const status = await acceptanceByBusiness(payload, staff(), document.id)
    expect(status?.rows.find((row) => row.id === business.id)?.acceptedBy).toBe(manager().name)

    const v2 = await uploadVersion(document.id, 'v2')
    const pending = (await pendingAcceptances(manager())).find((item) => item.id === document.id)
    expect(pending?.versionId).toBe(v2.id)
    const old = await acceptDocument(manager(), document.id, v1.id)
    expect(old.ok).toBe(false)
    expect(await acceptDocument(manager(), document.id, v2.id)).toEqual({ ok: true })
  })

  it('only a business manager accepts, for their own business, and only the current version', async () => {
    const document = await makeDocument({
      audience: ['all-members'],
      acceptOnJoining: true,
      kind: 'scheme-rules',
    })
    const v1 = await uploadVersion(document.id, 'v1')
    await uploadVersion(document.id, 'v2')
    const asMember = await refused(() =>
      payload.create({
        collection: 'document-acceptances',
        data: { document: document.id, version: v1.id },
        user: member(),
        overrideAccess: false,
      }),
    )
    expect(asMember).toBe(true)
    const oldVersion = await refused(() =>
      payload.create({
        collection: 'document-acceptances',
        data: { document: document.id, version: v1.id },
        user: manager(),
        overrideAccess: false,
      }),
    )
    expect(oldVersion).toBe(true)
  })
})

describe('retention', () => {
  it('a member’s receipts go when the account is deleted', async () => {
    const temporary = await payload.create({
      collection: 'members',
      data: {
        email: `library-${tag}@example.test`,
        name: 'Temporary Reader',
        role: 'member',
        accountStatus: 'active',
        business: manager().business as number,
        password: `Fictional-${tag}-passphrase-42`,
      },
      overrideAccess: true, // test set-up
    })
    const account = { ...temporary, collection: 'members' } as MemberAccount
    await documentFileResponse(account, everyoneDoc.id)
    expect(await readsOf(temporary.id, everyoneDoc.currentVersion as number)).toBe(1)
    await payload.delete({ collection: 'members', id: temporary.id, overrideAccess: true }) // test: the erasure itself
    expect(await readsOf(temporary.id, everyoneDoc.currentVersion as number)).toBe(0)
  })
})

describe('deleting', () => {
  it('refuses to delete a document with versions, or a version someone has opened', async () => {
    const document = await makeDocument({ audience: ['all-members'] })
    await uploadVersion(document.id, 'v1')
    await documentFileResponse(member(), document.id)
    const reread = await payload.findByID({
      collection: 'documents',
      id: document.id,
      depth: 0,
      overrideAccess: true,
    })
    const admin = { user: users.admin as never, overrideAccess: false as const }
    expect(await refused(() => payload.delete({ collection: 'documents', id: document.id, ...admin }))).toBe(
      true,
    )
    expect(
      await refused(() =>
        payload.delete({ collection: 'document-versions', id: reread.currentVersion as number, ...admin }),
      ),
    ).toBe(true)
  })
})
