/**
 * Witness statements (docs/witness-statements.md): police ask, the reporter corrects and signs, the signed
 * MG11 PDF is stored with the fingerprint of its exact bytes and joins the evidence pack; nobody else reads
 * or signs; nothing changes after signing; bad input writes nothing; the statement goes with its report.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { buildEvidencePack } from '@/features/evidencePack/buildEvidencePack'
import { requestStatement } from '@/features/witnessStatements/requestStatement'
import { signStatement } from '@/features/witnessStatements/signStatement'
import { readStoredFile } from '@/lib/uploads/readStoredFile'
import { attempt } from '../helpers/attempt'
import { findBySlug } from '../helpers/fixtures'
import { pdfTextOf } from '../helpers/pdfTextOf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let member: MemberAccount
let member2: Account
const overrideAccess = true // test set-up and reading back what was stored
const crimeReference = `CR/${Math.random().toString(36).slice(2, 8).toUpperCase()}`

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const as = (account: Account | null) => ({ user: account ?? undefined, overrideAccess: false as const })

const signatureDataUrl = async () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><path d="M10 80 C 60 10, 120 90, 290 20" stroke="#111" stroke-width="4" fill="none"/></svg>'
  const png = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).png().toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

const newIncident = async (reporter: number | null = member.id) => {
  const business = await findBySlug(payload, 'copper-kettle-cafe')
  const incident = await payload.create({
    collection: 'incidents',
    data: {
      type: 'theft',
      business: business.id,
      reporter,
      occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
      spot: 'till 2',
      description: 'A man in a green coat took three bottles of olive oil and ran out',
      valueLost: 27.5,
      policeCalled: true,
      police: { crimeReference },
      status: 'submitted',
    },
    overrideAccess,
  })
  return incident.id
}

const ask = async (incidentId: number, account: Account | null = users.police) => {
  const result = await requestStatement(payload, account, { incidentId, note: 'Cover the coat.' })
  if (!result.ok) throw new Error(result.error)
  return result.id
}

const signingInput = async (id: number, overrides: Record<string, unknown> = {}) => ({
  id,
  body: 'I saw a man in a green coat take three bottles of olive oil from the shelf by till 2.',
  occupation: 'Shop assistant',
  over18: 'on',
  declaration: 'on',
  signature: await signatureDataUrl(),
  ...overrides,
})

const statementAsStored = (id: number) =>
  payload.findByID({ collection: 'witness-statements', id, depth: 0, overrideAccess })

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  const found = await payload.find({
    collection: 'members',
    where: { email: { equals: 'member2@ntars.test' } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  member2 = { ...found.docs[0], collection: 'members' } as Account
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('police ask for a statement', () => {
  it('drafts it from the report, sends it to the reporter for signature and emails them', async () => {
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const incidentId = await newIncident()
    const id = await ask(incidentId)
    const statement = await statementAsStored(id)
    expect(statement.status).toBe('awaiting-signature')
    expect(statement.reporter).toBe(member.id)
    expect(statement.witnessName).toBe(member.name)
    expect(statement.requestedBy).toEqual({ relationTo: 'members', value: users.police?.id })
    expect(statement.requestNote).toBe('Cover the coat.')
    expect(statement.body).toContain(`I am ${member.name}.`)
    expect(statement.body).toContain('near the till 2')
    expect(statement.body).toContain('Goods worth £27.50 were taken.')
    expect(send).toHaveBeenCalledTimes(1)
    const message = send.mock.calls[0]?.[0] as { to: string; html: string }
    expect(message.to).toBe(member.email)
    expect(message.html).toContain(`/statements/${id}`)
    expect(message.html).not.toContain('olive oil')
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ entityCollection: { equals: 'witness-statements' } }, { entityId: { equals: id } }] },
      overrideAccess,
    })
    expect(audit.docs.map((entry) => entry.summary)).toContain(
      `Witness statement #${id} requested for report #${incidentId}`,
    )
  })

  it('takes the witness from the report, whatever the request says', async () => {
    const incidentId = await newIncident()
    const created = await payload.create({
      collection: 'witness-statements',
      data: {
        incident: incidentId,
        reporter: member2.id,
        witnessName: 'Someone Else',
        status: 'signed',
        body: 'Draft',
        declarationAccepted: true,
      } as never,
      depth: 0,
      ...as(users['scheme-manager']),
    })
    expect(created.reporter).toBe(member.id)
    expect(created.witnessName).toBe(member.name)
    expect(created.status).toBe('draft')
    expect(created.declarationAccepted).toBe(false)
  })

  it('is refused to members, partners and editors, and for a report with no reporter', async () => {
    const incidentId = await newIncident()
    for (const role of ['member', 'business-manager', 'partner-asb', 'editor', 'anonymous'] as const) {
      const result = await requestStatement(payload, users[role], { incidentId, note: '' })
      expect(result.ok, role).toBe(false)
    }
    const before = await payload.count({ collection: 'witness-statements', overrideAccess })
    const noReporter = await newIncident(null)
    const result = await requestStatement(payload, users.police, { incidentId: noReporter, note: '' })
    expect(result).toEqual({
      ok: false,
      error: 'This report has no reporter on record to ask for a statement.',
    })
    const bad = await requestStatement(payload, users.police, { incidentId: 'abc', note: '' })
    expect(bad).toEqual({ ok: false, error: 'Choose a report.' })
    expect((await payload.count({ collection: 'witness-statements', overrideAccess })).totalDocs).toBe(
      before.totalDocs,
    )
  })
})

describe('who reads and signs', () => {
  let incidentId: number
  let id: number
  beforeAll(async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    incidentId = await newIncident()
    id = await ask(incidentId)
  })

  it('lets the reporter, police and scheme staff read it, and nobody else', async () => {
    const readers: Record<Role, boolean> = {
      anonymous: false,
      member: true,
      'business-manager': false,
      police: true,
      'partner-asb': false,
      'partner-outreach': false,
      editor: false,
      'scheme-manager': true,
      admin: true,
    }
    for (const [role, allowed] of Object.entries(readers) as [Role, boolean][]) {
      const found = await payload.findByID({
        collection: 'witness-statements',
        id,
        depth: 0,
        disableErrors: true,
        ...as(users[role]),
      })
      expect(Boolean(found), role).toBe(allowed)
    }
    const other = await payload.findByID({
      collection: 'witness-statements',
      id,
      disableErrors: true,
      ...as(member2),
    })
    expect(other).toBeNull()
  })

  it('lets nobody but the reporter sign, and writes nothing for them', async () => {
    for (const account of [member2, users['business-manager'], users.police, users['scheme-manager']]) {
      const result = await signStatement(payload, account, await signingInput(id))
      expect(result.ok).toBe(false)
    }
    const stored = await statementAsStored(id)
    expect(stored.status).toBe('awaiting-signature')
    expect(stored.occupation ?? null).toBeNull()
  })

  it('refuses bad input with a clear message and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ declaration: null }, 'Tick the declaration to confirm the statement is true.'],
      [{ signature: '' }, 'Sign in the box before you submit.'],
      [
        { signature: 'data:image/png;base64,bm90IGFuIGltYWdl' },
        'The signature could not be read. Clear it and sign again.',
      ],
      [{ occupation: '  ' }, 'Enter your occupation.'],
      [{ body: '' }, 'Write your statement before you sign it.'],
    ]
    for (const [overrides, message] of cases) {
      const result = await signStatement(payload, member, await signingInput(id, overrides))
      expect(result).toMatchObject({ ok: false, error: message })
    }
    const stored = await statementAsStored(id)
    expect(stored.status).toBe('awaiting-signature')
    expect(stored.body).not.toContain('olive oil from the shelf by till 2')
    const documents = await payload.count({
      collection: 'signed-documents',
      where: { incident: { equals: incidentId } },
      overrideAccess,
    })
    expect(documents.totalDocs).toBe(0)
  })

  it('does not let the reporter sign through the API without a signature', async () => {
    const outcome = await attempt(() =>
      payload.update({
        collection: 'witness-statements',
        id,
        data: { status: 'signed', declarationAccepted: true, occupation: 'Clerk' },
        ...as(member),
      }),
    ).catch((error: Error) => error.message)
    expect(outcome).not.toBe('allowed')
    expect((await statementAsStored(id)).status).toBe('awaiting-signature')
  })

  it('signs: stores the MG11 PDF with the fingerprint of its bytes, once; then nothing changes', async () => {
    // Signed twice at the same moment (a double tap, two tabs): one signing stands, one PDF is stored.
    const results = await Promise.all([
      signStatement(payload, member, await signingInput(id)),
      signStatement(payload, member, await signingInput(id)),
    ])
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, id }])
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: expect.any(String) })
    const stored = await statementAsStored(id)
    expect(stored.status).toBe('signed')
    expect(stored.signedAt).toBeTruthy()
    expect(stored.declarationAccepted).toBe(true)
    expect(stored.occupation).toBe('Shop assistant')
    const document = await payload.findByID({
      collection: 'signed-documents',
      id: stored.signedDocument as number,
      depth: 0,
      overrideAccess,
    })
    expect(document.kind).toBe('witness-statement')
    expect(document.incident).toBe(incidentId)
    const bytes = await readStoredFile(payload, 'signed-documents', document, document.filename as string)
    expect(sha256(bytes)).toBe(document.sha256)
    const text = pdfTextOf(bytes)
    expect(text).toContain('WITNESS STATEMENT')
    expect(text).toContain(`URN: ${crimeReference}`)
    expect(text).toContain(`Statement of: ${member.name}`)
    expect(text).toContain('Age if under 18: Over 18')
    expect(text).toContain('Occupation: Shop assistant')
    expect(text).toContain('This statement (consisting of 1 page(s) each signed by me)')
    expect(text).toContain('I saw a man in a green coat')
    expect(text).toContain('Signature witnessed by:')

    const again = await signStatement(payload, member, await signingInput(id, { body: 'Changed' }))
    expect(again).toEqual({ ok: false, error: 'This statement is not waiting for your signature.' })
    for (const account of [member, users.police, users['scheme-manager']]) {
      const outcome = await attempt(() =>
        payload.update({ collection: 'witness-statements', id, data: { body: 'Changed' }, ...as(account) }),
      )
      expect(outcome).toBe('denied')
    }
    expect((await statementAsStored(id)).body).not.toBe('Changed')
    const documents = await payload.count({
      collection: 'signed-documents',
      where: { incident: { equals: incidentId } },
      overrideAccess,
    })
    expect(documents.totalDocs).toBe(1)
    // Signed, it is evidence: not even scheme staff delete it on its own (it goes only with its report).
    for (const account of [users['scheme-manager'], users.admin]) {
      const outcome = await attempt(() =>
        payload.delete({ collection: 'witness-statements', id, ...as(account) }),
      )
      expect(outcome).toBe('denied')
    }
    expect((await statementAsStored(id)).status).toBe('signed')
  })

  it('lets police and the reporter read the signed PDF, not another member or the business manager', async () => {
    const stored = await statementAsStored(id)
    const readable = async (account: Account | null) =>
      Boolean(
        await payload.findByID({
          collection: 'signed-documents',
          id: stored.signedDocument as number,
          disableErrors: true,
          ...as(account),
        }),
      )
    expect(await readable(users.police)).toBe(true)
    expect(await readable(member)).toBe(true)
    expect(await readable(users['scheme-manager'])).toBe(true)
    expect(await readable(member2)).toBe(false)
    expect(await readable(users['business-manager'])).toBe(false)
    expect(await readable(users['partner-asb'])).toBe(false)
  })

  it('puts the signed statement into the evidence pack, listed and printed in full', async () => {
    const stored = await statementAsStored(id)
    const document = await payload.findByID({
      collection: 'signed-documents',
      id: stored.signedDocument as number,
      depth: 0,
      overrideAccess,
    })
    const built = await buildEvidencePack(payload, users.police, { incidentIds: [incidentId] })
    expect(built.printed).toContain('Signed witness statements (1)')
    const text = pdfTextOf(built.bytes)
    expect(text).toContain(`Witness statement: ${id}: ${member.name}`)
    expect(text).toContain(document.sha256)
    expect(text).not.toContain('DOES NOT MATCH')
    expect(text).toContain('WITNESS STATEMENT')
    expect(text).toContain('I saw a man in a green coat')
  })

  it('goes with its report: deleting the report deletes the statement and its PDF', async () => {
    const stored = await statementAsStored(id)
    await payload.delete({ collection: 'incidents', id: incidentId, overrideAccess })
    const statement = await payload.findByID({
      collection: 'witness-statements',
      id,
      disableErrors: true,
      overrideAccess,
    })
    expect(statement).toBeNull()
    const document = await payload.findByID({
      collection: 'signed-documents',
      id: stored.signedDocument as number,
      disableErrors: true,
      overrideAccess,
    })
    expect(document).toBeNull()
  })
})

describe('police and staff edit until signed', () => {
  it('may edit the draft and withdraw it; the reporter cannot touch a withdrawn one', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const id = await ask(await newIncident())
    const edited = await payload.update({
      collection: 'witness-statements',
      id,
      data: { body: 'Police edit', status: 'draft' },
      ...as(users.police),
    })
    expect(edited.body).toBe('Police edit')
    // A draft is not the reporter's to edit yet, nor to read: police may still be writing it.
    expect(
      await attempt(() =>
        payload.update({ collection: 'witness-statements', id, data: { body: 'Mine' }, ...as(member) }),
      ),
    ).toBe('denied')
    expect(
      await payload.findByID({ collection: 'witness-statements', id, disableErrors: true, ...as(member) }),
    ).toBeNull()
    await payload.update({
      collection: 'witness-statements',
      id,
      data: { status: 'withdrawn' },
      ...as(users['scheme-manager']),
    })
    const result = await signStatement(payload, member, await signingInput(id))
    expect(result.ok).toBe(false)
    expect((await statementAsStored(id)).status).toBe('withdrawn')
  })
})
