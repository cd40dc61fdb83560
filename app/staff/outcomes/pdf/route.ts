import { outcomeExportResponse } from '@/features/outcomes/outcomeExportResponse'

/** The printable outcome report (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), for admins and scheme managers. */
export async function GET(request: Request) {
  return outcomeExportResponse(request, 'pdf')
}
