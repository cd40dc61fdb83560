import { businessOf } from '@/access/member'
import { getPosterBusiness } from '@/features/poster/getPosterBusiness'
import { posterReportUrl } from '@/features/poster/posterReportUrl'
import { requireMember } from '@/lib/auth/requireMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { qrCodeSvg } from '@/lib/staffAuth/qrCodeSvg'

export const metadata = { title: 'Report poster' }

/** A business manager's "Scan to report" poster: a preview, its address in words, and the A4 PDF to print. */
export default async function PosterPage() {
  const member = await requireMember('business-manager')
  const id = businessOf(member)
  const business = id === null ? null : await getPosterBusiness(await getPayloadClient(), member, id)
  if (!business) return <p>Your business has no poster to print.</p>
  const url = posterReportUrl(business.id)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Report poster</h1>
      <p className="text-slate-700">
        Put this up where your staff can see it, away from customers. Scanning it opens the report form after
        signing in; every report is still filed for the business of whoever signs in.
      </p>
      <figure className="rounded-lg border border-slate-300 bg-white p-4 text-center">
        <p className="text-2xl font-bold text-brand-ink">Scan to report</p>
        <p className="text-lg font-semibold">{business.name}</p>
        {/* biome-ignore lint/performance/noImgElement: a server-drawn data: URL, nothing for next/image to optimise */}
        <img
          className="mx-auto my-3 h-64 w-64"
          src={await qrCodeSvg(url)}
          alt={`QR code that opens the report form for ${business.name}`}
        />
        <figcaption className="break-all text-sm text-slate-700">
          Or go to <span data-testid="poster-url">{url}</span>
        </figcaption>
      </figure>
      <p>
        <a
          className="inline-block rounded bg-brand px-4 py-3 font-semibold text-on-brand"
          href="/members/poster/pdf"
        >
          Print the A4 poster (PDF)
        </a>
      </p>
    </div>
  )
}
