import { importStaffOf } from '@/features/imports/importStaffOf'
import { readImportVocabulary } from '@/features/imports/importVocabulary'
import { templateChoices } from '@/features/imports/templateChoices'
import { templateCsv } from '@/features/imports/templateCsv'
import { templateWorkbook } from '@/features/imports/templateWorkbook'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { privateTextResponse } from '@/lib/security/privateTextResponse'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { fileSlugOf } from '@/lib/text/fileSlugOf'

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Downloads the template for one kind of import file (offenders or incidents), for importing staff: CSV, or
 * with `?format=xlsx` a workbook whose choice columns offer the scheme's lists.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params
  if (kind !== 'offenders' && kind !== 'incidents') {
    return new Response('No such template.', { status: 404, headers: privateHeaders })
  }
  const payload = await getPayloadClient()
  const caller = await importStaffOf(payload, request.headers, 'an import template download')
  if (!caller.ok) return privateTextResponse(caller.status, caller.message)
  const { schemeName } = await readSchemeSettings(payload)
  const name = `${fileSlugOf(schemeName)}-${kind}-template`
  if (new URL(request.url).searchParams.get('format') === 'xlsx') {
    const vocabulary = await readImportVocabulary(payload, caller.account)
    const workbook = await templateWorkbook(kind, templateChoices(kind, vocabulary))
    return new Response(workbook as Uint8Array<ArrayBuffer>, {
      headers: {
        ...privateHeaders,
        'Content-Type': xlsxType,
        'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      },
    })
  }
  return new Response(templateCsv(kind), {
    headers: {
      ...privateHeaders,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    },
  })
}
