/**
 * The "Scan to report" poster (docs/report-poster.md): who may print which business's poster, what it says,
 * and what its QR address does on the report form: the token is opaque and never picks the business.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { buildPosterPdf } from '@/features/poster/buildPosterPdf'
import { getPosterBusiness } from '@/features/poster/getPosterBusiness'
import { posterReportUrl } from '@/features/poster/posterReportUrl'
import { posterQueryOf, posterScanOf } from '@/features/poster/posterScanOf'
import { posterToken } from '@/features/poster/posterToken'
import { findBySlug } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let shopA: number
let shopB: number

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  shopA = (await findBySlug(payload, 'copper-kettle-cafe')).id // shopmanager@'s business
  shopB = (await findBySlug(payload, 'lantern-books')).id
})

const as = (role: Role) => users[role] as Account

describe('who prints a poster', () => {
  it('lets a business manager print their own business’s poster only', async () => {
    expect(await getPosterBusiness(payload, as('business-manager'), shopA)).toEqual({
      id: shopA,
      name: 'Copper Kettle Café',
    })
    expect(await getPosterBusiness(payload, as('business-manager'), shopB)).toBeNull()
  })

  it('lets scheme staff print any business’s poster', async () => {
    for (const role of ['admin', 'scheme-manager'] as const) {
      expect(await getPosterBusiness(payload, as(role), shopB)).toMatchObject({ id: shopB })
    }
  })

  it('refuses members, police, partners and editors', async () => {
    for (const role of ['member', 'police', 'partner-asb', 'partner-outreach', 'editor'] as const) {
      expect(await getPosterBusiness(payload, as(role), shopA)).toBeNull()
    }
  })
})

describe('the poster', () => {
  it('prints the scheme, "Scan to report", the business and its report address', async () => {
    const url = posterReportUrl(shopA)
    const pdf = await buildPosterPdf(
      { businessName: 'Copper Kettle Café', url, brandColour: '#0b3d5c' },
      { schemeName: 'Testtown Against Retail Crime', logoPng: null },
    )
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.printed).toEqual(
      expect.arrayContaining(['Testtown Against Retail Crime', 'Scan to report', 'Copper Kettle Café', url]),
    )
  })

  it('opens the report form with an opaque token: no business id, different per business', () => {
    const url = new URL(posterReportUrl(shopA))
    expect(url.pathname).toBe('/report')
    expect(url.searchParams.get('from')).toBe('poster')
    const token = url.searchParams.get('b') ?? ''
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    // Not the id, nor the id with a signature after it.
    expect([String(shopA), `${shopA}.`].some((start) => token.startsWith(start))).toBe(false)
    expect(posterToken(shopB)).not.toBe(token)
  })
})

describe('the report form opened from a poster', () => {
  it('says whose poster it was, and keeps only a poster mark through sign-in', () => {
    const params = { from: 'poster', b: posterToken(shopA) }
    expect(posterScanOf(params, shopA)).toBe('own-business')
    expect(posterScanOf(params, shopB)).toBe('other-business')
    expect(posterScanOf({ from: 'poster', b: 'made-up' }, shopA)).toBe('other-business')
    expect(posterScanOf({}, shopA)).toBeNull()
    expect(posterQueryOf(params)).toBe(`?from=poster&b=${params.b}`)
    expect(posterQueryOf({ from: 'poster', b: '"><script>' })).toBe('')
    expect(posterQueryOf({ from: 'poster', b: ['a', 'b'] })).toBe('')
  })
})
