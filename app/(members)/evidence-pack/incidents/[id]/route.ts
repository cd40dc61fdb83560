import { evidencePackResponse } from '@/features/evidencePack/evidencePackResponse'

/** One incident's evidence pack as a PDF download, for police and scheme managers (docs/evidence-packs.md). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return evidencePackResponse(request, /^\d{1,9}$/.test(id) ? { incidentIds: [Number(id)] } : null)
}
