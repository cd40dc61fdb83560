import { fileReport } from '@/features/reports/fileReport'
import { reportMessages } from '@/features/reports/reportMessages'
import type { ReportResult } from '@/features/reports/reportResult'
import { currentMember } from '@/lib/auth/currentMember'
import { isDatabaseUnavailable } from '@/lib/database/isDatabaseUnavailable'
import { logger } from '@/lib/log/logger'

export const dynamic = 'force-dynamic'

const answer = (body: ReportResult, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Where a report queued on a phone with no signal is sent once the signal returns, by the page or by the
 * service worker's background sync (docs/offline-app.md). The same filing as the report form's server
 * action (features/reports/fileReport.ts): the member is signed in again from the session cookie, and the
 * report's submission key makes a second send find the first. Only the member who wrote it may send it: a
 * phone shared by two members never files one's report under the other's name.
 */
export const POST = async (request: Request): Promise<Response> => {
  // The session cookie rides along on any request to this site: refuse other sites' forms (CSRF).
  const site = request.headers.get('sec-fetch-site')
  if (site && site !== 'same-origin') return answer({ ok: false, message: 'Not from this site.' }, 403)
  try {
    const member = await currentMember()
    if (!member) return answer({ ok: false, message: reportMessages.signedOut }, 401)
    const form = await request.formData().catch(() => null)
    if (!form) return answer({ ok: false, message: 'The report could not be read.' }, 400)
    if (form.get('queuedBy') !== String(member.id)) {
      return answer({ ok: false, message: 'This report was written by another member on this phone.' }, 409)
    }
    return answer(await fileReport(member, form))
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error
    logger.warn('Queued report refused: the database was unavailable')
    return answer({ ok: false, message: reportMessages.serviceBusy, retry: true })
  }
}
