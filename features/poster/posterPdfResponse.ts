import 'server-only'
import type { Account } from '@/access/accountOf'
import { readPdfBranding } from '@/features/schemeIdentity/readPdfBranding'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { fileSlugOf } from '@/lib/text/fileSlugOf'
import { buildPosterPdf } from './buildPosterPdf'
import { getPosterBusiness } from './getPosterBusiness'
import { posterReportUrl } from './posterReportUrl'

const message = (status: number, text: string) =>
  new Response(text, { status, headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

/** A business's poster as a PDF download for `viewer`, or a plain refusal (mayPrintPoster decides). */
export const posterPdfResponse = async (
  viewer: Account | null,
  businessId: number | null,
): Promise<Response> => {
  if (!viewer) return message(401, 'Sign in to print a poster.')
  const payload = await getPayloadClient()
  const business = businessId === null ? null : await getPosterBusiness(payload, viewer, businessId)
  if (!business) return message(404, 'There is no poster for you to print here.')
  try {
    const settings = await readSchemeSettings(payload)
    const pdf = await buildPosterPdf(
      { businessName: business.name, url: posterReportUrl(business.id), brandColour: settings.brandColour },
      await readPdfBranding(payload, settings),
    )
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        ...privateHeaders,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${fileSlugOf(business.name)}-report-poster.pdf"`,
      },
    })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not build a report poster',
      business: business.id,
      err: (error as Error).message,
    })
    return message(500, 'The poster could not be made. Please try again.')
  }
}
