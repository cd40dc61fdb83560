import { csvLimits, tooLargeMessage } from '@/features/imports/csvLimits'
import type { ImportMode, ImportResult } from '@/features/imports/importResult'
import { importStaffOf } from '@/features/imports/importStaffOf'
import { type ImportFiles, runImport } from '@/features/imports/runImport'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { privateTextResponse } from '@/lib/security/privateTextResponse'

// Two files of the largest size, and the form's own few fields.
const maxBody = 2 * csvLimits.maxBytes + 64 * 1024

/**
 * Checks (mode "dry-run") or imports (mode "import") an offenders file and/or an incidents file (CSV or
 * .xlsx) sent as multipart form data by a scheme manager or admin (docs/importing.md). Answers with NDJSON: progress
 * lines {"done":n,"total":t} as rows are checked or written, then one {"result":{...}} line.
 */
export async function POST(request: Request) {
  // The admin's cookie is SameSite=Lax already; a browser saying the form came from another site is refused too.
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return privateTextResponse(403, 'Imports are sent from the admin page only.')
  }
  const payload = await getPayloadClient()
  const caller = await importStaffOf(payload, request.headers, 'a CSV import')
  if (!caller.ok) return privateTextResponse(caller.status, caller.message)
  if (Number(request.headers.get('content-length') ?? 0) > maxBody)
    return privateTextResponse(413, tooLargeMessage)

  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return privateTextResponse(400, 'Send the files as a form upload (multipart/form-data).')
  }
  const mode: ImportMode = form.get('mode') === 'import' ? 'import' : 'dry-run'
  const files: ImportFiles = {}
  for (const kind of ['offenders', 'incidents'] as const) {
    const file = form.get(kind)
    if (!(file instanceof File) || file.size === 0) continue
    if (file.size > csvLimits.maxBytes)
      return privateTextResponse(413, `The ${kind} file: ${tooLargeMessage}`)
    // CSV or .xlsx: told apart by the bytes themselves (readUpload), never by the file's name or type.
    files[kind] = new Uint8Array(await file.arrayBuffer())
  }

  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // A browser that goes away does not stop an import half way: it finishes (or rolls back) as it would.
      let open = true
      const send = (line: object) => {
        if (!open) return
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        } catch {
          open = false
        }
      }
      let sent = -1
      const result: ImportResult = await runImport({
        payload,
        user: caller.account,
        files,
        mode,
        // About a hundred progress lines for any size of file: enough for a smooth bar, not a flood.
        onProgress: (done, total) => {
          if (done === total || done - sent >= Math.max(1, Math.floor(total / 100))) {
            sent = done
            send({ done, total })
          }
        },
      })
      send({ result })
      if (open) controller.close()
    },
  })
  return new Response(stream, {
    headers: { ...privateHeaders, 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  })
}
