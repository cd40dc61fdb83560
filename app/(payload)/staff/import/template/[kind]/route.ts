import { importStaffOf } from '@/features/imports/importStaffOf'
import { templateCsv } from '@/features/imports/templateCsv'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { privateTextResponse } from '@/lib/security/privateTextResponse'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { fileSlugOf } from '@/lib/text/fileSlugOf'

/** Downloads the template CSV for one kind of import file (offenders or incidents), for importing staff. */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params
  if (kind !== 'offenders' && kind !== 'incidents') {
    return new Response('No such template.', { status: 404, headers: privateHeaders })
  }
  const payload = await getPayloadClient()
  const caller = await importStaffOf(payload, request.headers, 'an import template download')
  if (!caller.ok) return privateTextResponse(caller.status, caller.message)
  const { schemeName } = await readSchemeSettings(payload)
  return new Response(templateCsv(kind), {
    headers: {
      ...privateHeaders,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileSlugOf(schemeName)}-${kind}-template.csv"`,
    },
  })
}
