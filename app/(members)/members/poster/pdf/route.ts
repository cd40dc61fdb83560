import { businessOf } from '@/access/member'
import { posterPdfResponse } from '@/features/poster/posterPdfResponse'
import { currentMember } from '@/lib/auth/currentMember'

/** The signed-in business manager's own "Scan to report" poster as an A4 PDF (docs/report-poster.md). */
export async function GET() {
  const member = await currentMember()
  return posterPdfResponse(member, member ? businessOf(member) : null)
}
