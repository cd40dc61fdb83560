import { outcomeExportResponse } from '@/features/outcomes/outcomeExportResponse'

/** Outcome figures as CSV (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), for admins and scheme managers. */
export async function GET(request: Request) {
  return outcomeExportResponse(request, 'csv')
}
