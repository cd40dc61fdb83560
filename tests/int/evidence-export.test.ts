/**
 * The structured evidence export (features/evidenceExport, docs/evidence-export.md): unzipped here, every
 * manifest entry's size and SHA-256 equal the file's, each report.json has every field the JSON Schema
 * requires, the evidence hashes equal the stored records', the report's signed documents are in it with
 * their hashes; the export is audit-logged, and only police and scheme managers may export.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { buildEvidenceExport } from '@/features/evidenceExport/buildEvidenceExport'
import type { Manifest, ReportJson } from '@/features/evidenceExport/types'
import { EvidencePackRefused } from '@/features/evidencePack/EvidencePackRefused'
import { fileReport } from '@/features/reports/fileReport'
import { londonNowLocal } from '@/lib/time/londonTime'
import { storageDir } from '@/lib/uploads/storageDir'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

type Schema = {
  $defs: Record<string, JsonSchema>
}
type JsonSchema = {
  $ref?: string
  type?: string | string[]
  required?: string[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  oneOf?: JsonSchema[]
}

let payload: Payload
let users: Record<Role, Account | null>
let incidentId: number
let offenderId: number
let signedSha: string
let schema: Schema
const overrideAccess = true // test set-up and reading back what was stored

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * The paths of every field the schema requires that `value` lacks, following properties, array items and
 * references: enough to prove report.json carries the documented fields (types are checked by the tests).
 */
const missingRequired = (value: unknown, node: JsonSchema, at = '$'): string[] => {
  if (node.$ref) return missingRequired(value, schema.$defs[node.$ref.split('/').at(-1) as string], at)
  if (node.oneOf) {
    const options = node.oneOf.map((option) => missingRequired(value, option, at))
    return options.some((problems) => problems.length === 0) ? [] : (options[0] ?? [])
  }
  if (value === null) return node.type === 'null' || node.type?.includes('null') ? [] : [`${at} is null`]
  if (Array.isArray(value) && node.items) {
    return value.flatMap((item, index) => missingRequired(item, node.items as JsonSchema, `${at}[${index}]`))
  }
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  const missing = (node.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key}`)
  return [
    ...missing,
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
      key in record ? missingRequired(record[key], child, `${at}.${key}`) : [],
    ),
  ]
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  schema = JSON.parse(await readFile(path.join(process.cwd(), 'docs/evidence-export.schema.json'), 'utf8'))
  const member = users.member as MemberAccount
  const offender = await payload.create({
    collection: 'offenders',
    data: {
      firstName: 'Exportfixture',
      lastName: 'Person',
      status: 'approved',
      gallery: 'known',
      appearance: { height: 'tall', hair: 'short, dark' },
      warningMarkers: ['violence'],
    },
    overrideAccess,
  })
  offenderId = offender.id
  const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#aa7744' } })
    .jpeg()
    .toBuffer()
  const data = new FormData()
  data.append('type', 'theft')
  data.append('occurredAt', londonNowLocal(new Date(Date.now() - 45 * 60_000)))
  data.append('description', 'Fictional test: took a box of tea from the shelf and left without paying.')
  data.append('offenderIds', String(offenderId))
  data.append('photos', new File([new Uint8Array(photo)], 'IMG_0002.jpg', { type: 'image/jpeg' }))
  const result = await fileReport(member, data)
  if (!result.ok) throw new Error(`Fixture report failed: ${JSON.stringify(result)}`)
  incidentId = result.id
  await payload.update({
    collection: 'incidents',
    id: incidentId,
    data: { police: { crimeReference: 'NP-EXPORT-2201', outcome: 'caution' } },
    user: users.police,
    overrideAccess: false,
  })
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Fictional witness statement fixture')
  const statement = Buffer.from(await pdf.save())
  signedSha = sha256(statement)
  await payload.create({
    collection: 'signed-documents',
    data: { kind: 'witness-statement', incident: incidentId, sha256: signedSha },
    file: { data: statement, mimetype: 'application/pdf', name: 'statement.pdf', size: statement.length },
    overrideAccess, // nobody creates signed documents through the API: the signing hook does
  })
})

describe('the ZIP export of a report', () => {
  it('lists every file with its size and SHA-256, which the files match', async () => {
    const built = await buildEvidenceExport(payload, users['scheme-manager'], { incidentIds: [incidentId] })
    const files = unzipSync(built.bytes)
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as Manifest
    expect(manifest).toEqual(built.manifest)
    expect(missingRequired(manifest, { $ref: '#/$defs/manifest' })).toEqual([])
    expect(manifest.format).toBe('ntars-evidence-export')
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', ...manifest.files.map((file) => file.path)].sort(),
    )
    for (const entry of manifest.files) {
      const bytes = files[entry.path] as Uint8Array
      expect([entry.path, bytes.length, sha256(bytes)]).toEqual([entry.path, entry.bytes, entry.sha256])
    }
  })

  it('writes a report.json with the documented fields, the outcome key and label, and both image hashes', async () => {
    const built = await buildEvidenceExport(payload, users['scheme-manager'], { incidentIds: [incidentId] })
    const files = unzipSync(built.bytes)
    const [entry] = built.manifest.incidents
    const report = JSON.parse(strFromU8(files[entry?.report as string] as Uint8Array)) as ReportJson
    expect(missingRequired(report, { $ref: '#/$defs/report' })).toEqual([])
    expect(report.incidentId).toBe(incidentId)
    expect(report.type).toEqual({ key: 'theft', label: 'Theft' })
    expect(report.police).toMatchObject({
      crimeNumber: 'NP-EXPORT-2201',
      outcome: { key: 'caution', label: 'Caution' },
    })
    expect(report.profiles).toEqual([
      expect.objectContaining({
        id: offenderId,
        warningMarkers: [{ key: 'violence', label: 'Violence' }],
        description: expect.objectContaining({ height: 'tall', hair: 'short, dark' }),
      }),
    ])
    expect(report.evidence).toHaveLength(1)
    const [image] = report.evidence
    const record = await payload.findByID({
      collection: 'evidence',
      id: image?.id as number,
      depth: 0,
      overrideAccess,
    })
    const stored = await readFile(path.join(storageDir, 'evidence', record.filename as string))
    expect(image?.originalSha256).toBe(record.originalSha256)
    expect(image?.storedSha256).toBe(sha256(stored))
    expect(sha256(files[image?.file as string] as Uint8Array)).toBe(sha256(stored))
    expect(report.signedDocuments).toEqual([
      expect.objectContaining({ kind: 'witness-statement', recordedSha256: signedSha, sha256: signedSha }),
    ])
    expect(sha256(files[report.signedDocuments[0]?.file as string] as Uint8Array)).toBe(signedSha)
  })

  it('holds only what the exporter may read: police get the report without signed documents they may not read', async () => {
    const built = await buildEvidenceExport(payload, users.police, { incidentIds: [incidentId] })
    const files = unzipSync(built.bytes)
    const report = JSON.parse(
      strFromU8(files[built.manifest.incidents[0]?.report as string] as Uint8Array),
    ) as ReportJson
    const readable = await payload.count({
      collection: 'signed-documents',
      where: { incident: { equals: incidentId } },
      user: users.police,
      overrideAccess: false,
      disableErrors: true,
    })
    expect(report.signedDocuments).toHaveLength(readable.totalDocs)
    expect(report.evidence).toHaveLength(1)
  })

  it('audit-logs each export with its id before sending it', async () => {
    const built = await buildEvidenceExport(payload, users.police, { incidentIds: [incidentId] })
    const log = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'export' } }, { entityId: { equals: incidentId } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess,
    })
    expect(log.docs[0]?.summary).toBe(`Evidence export (ZIP) for incident ${incidentId}`)
    expect(log.docs[0]?.details).toMatchObject({ exportId: built.manifest.exportId, format: 'zip' })
  })

  it('refuses members without pack rights, partners and editors, and writes nothing', async () => {
    const exportsBefore = await payload.count({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'export' } }, { entityId: { equals: incidentId } }] },
      overrideAccess,
    })
    for (const role of ['member', 'business-manager', 'partner-asb', 'editor', 'anonymous'] as const) {
      const outcome = await buildEvidenceExport(payload, users[role], { incidentIds: [incidentId] }).then(
        () => 'allowed',
        (error) => (error instanceof EvidencePackRefused ? error.status : 'error'),
      )
      expect({ role, outcome }).toEqual({ role, outcome: 403 })
    }
    const exportsAfter = await payload.count({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'export' } }, { entityId: { equals: incidentId } }] },
      overrideAccess,
    })
    expect(exportsAfter.totalDocs).toBe(exportsBefore.totalDocs)
  })
})
