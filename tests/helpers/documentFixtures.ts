import type { Payload } from 'payload'
import { libraryPdf } from '@/seed/libraryPdf'

const overrideAccess = true // test set-up: fixtures for the access tests
const unique = () => Math.random().toString(36).slice(2, 10)

let pdf: Buffer | null = null
/** One small fictional PDF, made once per test file. */
export const fixturePdf = async () => {
  pdf ??= await libraryPdf('Fixture document', ['Fictional text for the access tests.'])
  return pdf
}

/** A library document with one version, published to the given audience. */
export const documentWithVersion = async (
  payload: Payload,
  audience: ('all-members' | 'business-managers' | 'police' | 'partners')[],
  extra: { acceptOnJoining?: boolean } = {},
) => {
  const document = await payload.create({
    collection: 'documents',
    data: { title: `Fixture ${unique()}`, kind: 'other', audience, ...extra },
    depth: 0,
    overrideAccess,
  })
  const data = await fixturePdf()
  const version = await payload.create({
    collection: 'document-versions',
    data: { document: document.id, versionLabel: 'v1' },
    file: { data, mimetype: 'application/pdf', name: `fixture-${unique()}.pdf`, size: data.length },
    depth: 0,
    overrideAccess,
  })
  return { document: document.id, version: version.id }
}

/** A read receipt and an acceptance written as the seed would, for read and delete cells. */
export const documentReadFor = async (payload: Payload, member: number) => {
  const { document, version } = await documentWithVersion(payload, ['all-members'])
  const read = await payload.create({
    collection: 'document-reads',
    data: { document, version, member },
    depth: 0,
    overrideAccess,
  })
  return read.id
}

export const documentAcceptanceFor = async (payload: Payload, member: number, business: number) => {
  const { document, version } = await documentWithVersion(payload, ['all-members'], { acceptOnJoining: true })
  const acceptance = await payload.create({
    collection: 'document-acceptances',
    data: { document, version, member, business },
    depth: 0,
    overrideAccess,
  })
  return acceptance.id
}
