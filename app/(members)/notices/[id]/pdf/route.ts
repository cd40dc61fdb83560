import { noticePdfResponse } from '@/features/exclusionNotices/noticePdfResponse'

/**
 * An exclusion notice as a PDF for police (gallery profiles) and scheme staff signed in to the admin: the
 * notice to serve, or once served the stored signed copy. Never cached; every download is audit-logged.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return noticePdfResponse(request, id)
}
