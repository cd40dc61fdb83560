import 'server-only'
import { createLocalReq } from 'payload'
import { readPdfBranding } from '@/features/schemeIdentity/readPdfBranding'
import { recordAudit } from '@/lib/audit/recordAudit'
import { staffFromHeaders } from '@/lib/auth/staffFromHeaders'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { fileSlugOf } from '@/lib/text/fileSlugOf'
import { mayReadOutcomes } from './mayReadOutcomes'
import { outcomeCsv } from './outcomeCsv'
import { outcomeFigures } from './outcomeFigures'
import { periodFromParams } from './periodFromParams'
import { renderOutcomePdf } from './renderOutcomePdf'

const message = (status: number, text: string) =>
  new Response(text, { status, headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * An outcome report download (CSV or PDF) for the period in the query string: staff signed in to the
 * admin with the admin or scheme-manager role only; the export is audit-logged before it is sent.
 */
export const outcomeExportResponse = async (request: Request, format: 'csv' | 'pdf'): Promise<Response> => {
  const staff = await staffFromHeaders(request.headers)
  if (!staff) return message(401, 'Sign in to the admin to download outcome reports.')
  if (!mayReadOutcomes(staff)) return message(403, 'Outcome reports are for admins and scheme managers only.')
  const params = new URL(request.url).searchParams
  const period = periodFromParams({ from: params.get('from'), to: params.get('to') })
  if ('error' in period) return message(400, period.error)
  const payload = await getPayloadClient()
  try {
    const figures = await outcomeFigures(payload, staff, period)
    const settings = await readSchemeSettings(payload)
    const generatedAt = new Date()
    const body =
      format === 'csv'
        ? new TextEncoder().encode(outcomeCsv(figures, generatedAt))
        : (
            await renderOutcomePdf(
              figures,
              generatedAt,
              `${staff.name} (${staff.email})`,
              await readPdfBranding(payload, settings),
            )
          ).bytes
    const req = await createLocalReq({ user: staff, req: { headers: request.headers } }, payload)
    await recordAudit(req, {
      action: 'export',
      summary: `Outcome report ${period.from} to ${period.to} (${format.toUpperCase()})`,
      entityCollection: 'incidents',
      details: { report: 'outcomes', format, from: period.from, to: period.to, incidents: figures.incidents },
    })
    return new Response(new Uint8Array(body), {
      headers: {
        ...privateHeaders,
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileSlugOf(settings.schemeName)}-outcomes-${period.from}-to-${period.to}.${format}"`,
      },
    })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not build an outcome report',
      staff: staff.id,
      format,
      err: (error as Error).message,
    })
    return message(500, 'The outcome report could not be made. Please try again.')
  }
}
