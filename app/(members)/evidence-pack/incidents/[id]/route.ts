import { evidencePackResponse } from '@/features/evidencePack/evidencePackResponse'
import { packFormatOf } from '@/features/evidencePack/packFormatOf'

/**
 * One incident's evidence pack as a PDF download, or with `?format=zip` as the structured export, for police
 * and scheme managers (docs/evidence-packs.md, docs/evidence-export.md).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return evidencePackResponse(
    request,
    /^\d{1,9}$/.test(id) ? { incidentIds: [Number(id)] } : null,
    packFormatOf(request),
  )
}
