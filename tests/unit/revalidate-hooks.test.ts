import type { PayloadRequest } from 'payload'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { revalidateBriefing } from '@/collections/Briefings/hooks/revalidateBriefing'
import { revalidateAdoptedShops } from '@/collections/Businesses/hooks/revalidateAdoptedShops'
import { revalidateCampaign } from '@/collections/Campaigns/hooks/revalidateCampaign'
import { revalidateSupport } from '@/collections/SupportServices/hooks/revalidateSupport'
import type { Briefing, Business, Campaign, SupportService } from '@/payload-types'

// Stands in for Next's cache: records what would be purged, and can fail like a real bug would.
const purged: string[] = []
let failWith: Error | null = null
vi.mock('next/cache', () => ({
  revalidatePath: (path: string, type?: string) => {
    if (failWith) throw failWith
    purged.push(type ? `${path} (${type})` : path)
  },
}))

const req = (context: Record<string, unknown> = {}) => ({ context }) as unknown as PayloadRequest
const campaign = (extra: Partial<Campaign>) => ({ id: 1, slug: 'safer-nights', ...extra }) as Campaign
const briefing = (extra: Partial<Briefing>) => ({ id: 2, slug: 'open-evening', ...extra }) as Briefing

beforeEach(() => {
  purged.length = 0
  failWith = null
})

describe('publish-time revalidation hooks', () => {
  it('purges a published campaign’s page, the list, the home page and the sitemap', () => {
    const doc = campaign({ _status: 'published' })
    expect(revalidateCampaign({ doc, previousDoc: campaign({ _status: 'published' }), req: req() })).toBe(doc)
    expect(purged).toEqual(['/campaigns/safer-nights', '/campaigns', '/', '/sitemap.xml'])
  })

  it('purges the old address too when a campaign’s slug changes', () => {
    revalidateCampaign({
      doc: campaign({ _status: 'published', slug: 'safer-nights-out' }),
      previousDoc: campaign({ _status: 'published' }),
      req: req(),
    })
    expect(purged).toContain('/campaigns/safer-nights')
    expect(purged).toContain('/campaigns/safer-nights-out')
  })

  it('purges nothing for a campaign that was never public', () => {
    revalidateCampaign({
      doc: campaign({ _status: 'draft' }),
      previousDoc: campaign({ _status: 'draft' }),
      req: req(),
    })
    expect(purged).toEqual([])
  })

  it('purges an unpublished or deleted campaign (afterDelete has no previous document)', () => {
    revalidateCampaign({ doc: campaign({ _status: 'published' }), req: req() })
    expect(purged).toContain('/campaigns/safer-nights')
  })

  it('skips everything when the caller sets disableRevalidate', () => {
    revalidateCampaign({ doc: campaign({ _status: 'published' }), req: req({ disableRevalidate: true }) })
    expect(purged).toEqual([])
  })

  it('purges public news pages, including every page of the list, but never for members-only briefings', () => {
    revalidateBriefing({ doc: briefing({ _status: 'published', audience: 'members' }), req: req() })
    expect(purged).toEqual([])
    revalidateBriefing({ doc: briefing({ _status: 'published', audience: 'public' }), req: req() })
    expect(purged).toEqual([
      '/news/open-evening',
      '/news',
      '/(frontend)/news/page/[page] (page)',
      '/',
      '/sitemap.xml',
    ])
  })

  it('purges a briefing that was public and is now members-only', () => {
    revalidateBriefing({
      doc: briefing({ _status: 'published', audience: 'members' }),
      previousDoc: briefing({ _status: 'published', audience: 'public' }),
      req: req(),
    })
    expect(purged).toContain('/news/open-evening')
  })

  it('purges the support directory when a published service changes', () => {
    revalidateSupport({ doc: { id: 3, _status: 'published' } as SupportService, req: req() })
    expect(purged).toEqual(['/support', '/(frontend)/support/[category] (page)'])
  })

  it('purges the campaign pages and home page when a shop is adopted or stops being adopted', () => {
    revalidateAdoptedShops({ doc: { id: 4, isAdopted: false } as Business, req: req() })
    expect(purged).toEqual([])
    revalidateAdoptedShops({
      doc: { id: 4, isAdopted: false } as Business,
      previousDoc: { id: 4, isAdopted: true } as Business,
      req: req(),
    })
    expect(purged).toEqual(['/(frontend)/campaigns/[slug] (page)', '/'])
  })

  it('does not hide a real failure of the Next cache', () => {
    failWith = new Error('Route /x used revalidatePath during render')
    expect(() => revalidateCampaign({ doc: campaign({ _status: 'published' }), req: req() })).toThrow(
      'during render',
    )
  })
})
