import { evidencePackResponse } from '@/features/evidencePack/evidencePackResponse'
import { packFormatOf } from '@/features/evidencePack/packFormatOf'
import { parseIncidentIds } from '@/features/evidencePack/parseIncidentIds'

/**
 * An offender's evidence pack with the incidents chosen on the profile page (`?incidents=1,2,3`, or the
 * form's repeated `incidents` checkboxes), for police and scheme managers; `?format=zip` for the structured
 * export (docs/evidence-export.md).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const incidentIds = parseIncidentIds(new URL(request.url).searchParams.getAll('incidents'))
  return evidencePackResponse(
    request,
    /^\d{1,9}$/.test(id) && incidentIds ? { offenderId: Number(id), incidentIds } : null,
    packFormatOf(request),
  )
}
