import { posterPdfResponse } from '@/features/poster/posterPdfResponse'
import { staffFromHeaders } from '@/lib/auth/staffFromHeaders'

/** Any business's "Scan to report" poster as an A4 PDF, for admins and scheme managers (docs/report-poster.md). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return posterPdfResponse(await staffFromHeaders(request.headers), /^\d{1,9}$/.test(id) ? Number(id) : null)
}
