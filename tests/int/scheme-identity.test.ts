/**
 * Another BID is only settings, for what leaves the server as files and mail: with the second demo scheme
 * (Saltmarsh Quay) applied, the alert and digest emails, both password emails, the business manager's
 * invitation, the evidence pack and the outcome report carry its name, prefix and logo and no trace of the
 * first scheme (names, town, BID, contacts, report prefix). The PDFs are read from their bytes (text and
 * document properties), not from what the renderer says it printed. The default scheme is put back after.
 */

import { createLocalReq, type Payload } from 'payload'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account, StaffAccount } from '@/access/accountOf'
import { buildEvidencePack } from '@/features/evidencePack/buildEvidencePack'
import { submitApplication } from '@/features/join/submitApplication'
import { outcomeFigures } from '@/features/outcomes/outcomeFigures'
import { outcomePeriod } from '@/features/outcomes/outcomePeriod'
import { renderOutcomePdf } from '@/features/outcomes/renderOutcomePdf'
import { readPdfBranding } from '@/features/schemeIdentity/readPdfBranding'
import { emailAlert } from '@/jobs/emailAlert'
import { sendGalleryDigest } from '@/jobs/galleryDigest'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { applyScheme } from '@/seed/schemes/applyScheme'
import { northbrook } from '@/seed/schemes/northbrook'
import { saltmarshQuay } from '@/seed/schemes/saltmarshQuay'
import { pdfTextOf } from '../helpers/pdfTextOf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { tracesIn } from '../helpers/schemeTraces'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
const overrideAccess = true // test set-up
const first = northbrook.settings
const second = saltmarshQuay.settings
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`

type Message = { to?: unknown; subject?: string; html?: string; from?: unknown }

/** The emails `work` sends, captured instead of sent (Payload's password emails go to the adapter itself). */
const emailsOf = async (work: () => Promise<unknown>): Promise<Message[]> => {
  const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
  const adapter = vi.spyOn(payload.email, 'sendEmail').mockResolvedValue(undefined)
  try {
    await work()
    return [...send.mock.calls, ...adapter.mock.calls].map(([message]) => message as Message)
  } finally {
    send.mockRestore()
    adapter.mockRestore()
  }
}

/** Expects each email to name the second scheme and show nothing of the first. */
const expectOnlySecondScheme = (messages: Message[], subject: RegExp) => {
  expect(messages.length).toBeGreaterThan(0)
  for (const message of messages) {
    expect(message.subject).toMatch(subject)
    expect(`${message.subject}\n${message.html}`).toContain(second.schemeName)
    expect(tracesIn(`${message.subject}\n${message.html}`, first)).toEqual([])
  }
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  await applyScheme(payload, saltmarshQuay)
})

afterAll(async () => {
  await applyScheme(payload, northbrook)
})

describe('emails under the second scheme', () => {
  it('the alert names the scheme in its subject and body', async () => {
    const alert = await payload.create({
      collection: 'briefings',
      data: {
        title: `Scheme identity alert ${unique()}`,
        slug: `scheme-identity-alert-${unique()}`,
        summary: 'Watch the tills.',
        kind: 'alert',
        audience: 'members',
        _status: 'published',
      },
      context: { skipAlertEmail: true },
      overrideAccess,
    } as never)
    const sent = await emailsOf(async () => emailAlert(await createLocalReq({}, payload), Number(alert.id)))
    expectOnlySecondScheme(sent, /^QuaySafe alert: /)
  })

  it('the gallery digest names the scheme', async () => {
    await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Identity',
        lastName: `Fixture-${unique()}`,
        status: 'approved',
        gallery: 'known',
        approvedAt: new Date().toISOString(),
      },
      overrideAccess,
    })
    const sent = await emailsOf(async () => sendGalleryDigest(await createLocalReq({}, payload)))
    expectOnlySecondScheme(sent, /in the QuaySafe gallery$/)
  })

  it('the members’ and the staff password emails name the scheme', async () => {
    const member = await emailsOf(() =>
      payload.forgotPassword({
        collection: 'members',
        data: { email: 'member2@ntars.test' },
        overrideAccess,
      }),
    )
    expectOnlySecondScheme(member, /^Your QuaySafe members’ area password$/)
    const staff = await emailsOf(() =>
      payload.forgotPassword({ collection: 'users', data: { email: 'editor@ntars.test' }, overrideAccess }),
    )
    expectOnlySecondScheme(staff, /^Your QuaySafe admin password$/)
  })

  it('applying and being approved (the business manager’s invitation) name the scheme', async () => {
    const name = `Identity Bakery ${unique()}`
    const fields = {
      businessName: name,
      addressLine1: '4 Net Loft Row',
      postcode: 'SQ1 1AB',
      category: 'food-and-drink',
      contactName: 'Ray Harbour',
      contactEmail: `ray-${unique()}@example.test`,
      contactPhone: '01632 960777',
      agreeToTerms: 'true',
    }
    const form = new FormData()
    for (const [key, value] of Object.entries(fields)) form.append(key, value)
    const received = await emailsOf(() =>
      submitApplication(form, { ip: `192.0.2.${Math.floor(Math.random() * 250) + 1}` }),
    )
    expectOnlySecondScheme(received, /QuaySafe/)
    const found = await payload.find({
      collection: 'businesses',
      where: { name: { equals: name } },
      overrideAccess,
    })
    const invited = await emailsOf(() =>
      payload.update({
        collection: 'businesses',
        id: found.docs[0]?.id ?? 0,
        data: { membershipStatus: 'active' },
        user: users['scheme-manager'],
        overrideAccess: false,
      }),
    )
    expectOnlySecondScheme(invited, /has joined QuaySafe$/)
  })
})

/** The text drawn in a PDF and its document properties, from its bytes. */
const readPdf = async (bytes: Uint8Array) => {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  return [pdfTextOf(bytes), doc.getTitle(), doc.getCreator(), doc.getProducer()].join('\n')
}

describe('PDFs under the second scheme', () => {
  it('the evidence pack carries the scheme’s name, prefix and logo', async () => {
    const incident = await payload.find({
      collection: 'incidents',
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess,
    })
    const id = incident.docs[0]?.id ?? 0
    const built = await buildEvidencePack(payload, users.police, { incidentIds: [id] })
    const text = await readPdf(built.bytes)
    expect(text).toContain('QuaySafe evidence pack')
    expect(text).toContain(`QS-${String(id).padStart(6, '0')}`)
    expect(tracesIn(text, first)).toEqual([])
    expect(built.filename).toMatch(/^quaysafe-evidence-/)
    // The logo is drawn: an image on the first page's resources.
    expect(built.pack.branding.logoPng?.length).toBeGreaterThan(0)
    expect(Buffer.from(built.bytes).toString('latin1')).toMatch(/\/Subtype \/Image/)
  })

  it('the outcome report carries the scheme’s name', async () => {
    const staff = users['scheme-manager'] as StaffAccount
    const period = outcomePeriod('2026-01-01', '2026-12-31')
    if ('error' in period) throw new Error(period.error)
    const figures = await outcomeFigures(payload, staff, period)
    const branding = await readPdfBranding(payload, await readSchemeSettings(payload))
    const { bytes } = await renderOutcomePdf(figures, new Date(), 'Fixture Manager', branding)
    const text = await readPdf(bytes)
    expect(text).toContain('QuaySafe outcome report')
    expect(tracesIn(text, first)).toEqual([])
  })
})
