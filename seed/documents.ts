import type { Payload } from 'payload'
import type { Business, Member } from '@/payload-types'
import { libraryPdf } from './libraryPdf'

type Upload = { document: number; label: string; note: string; title: string; text: string[] }

const uploadVersion = async (payload: Payload, { document, label, note, title, text }: Upload) => {
  const data = await libraryPdf(`${title} (${label})`, text)
  return payload.create({
    collection: 'document-versions',
    data: { document, versionLabel: label, changeNote: note },
    file: {
      data,
      mimetype: 'application/pdf',
      name: `${title.toLowerCase().replace(/\W+/g, '-')}-${label}.pdf`,
      size: data.length,
    },
    depth: 0,
    overrideAccess: true, // demo data
  })
}

/**
 * The demo library: scheme rules in two versions (the manager accepted v1, so v2 asks again), the
 * information-sharing agreement, and a training guide. member@ has read rules v1 and the guide.
 */
export const seedDocuments = async (
  payload: Payload,
  { member, manager, business }: { member: Member; manager: Member; business: Business },
) => {
  const create = (data: {
    title: string
    kind: 'scheme-rules' | 'sharing-agreement' | 'training-guide'
    audience: ('all-members' | 'business-managers')[]
    required: boolean
    acceptOnJoining: boolean
    summary: string
  }) => payload.create({ collection: 'documents', data, depth: 0, overrideAccess: true }) // demo data
  const rules = await create({
    title: 'Scheme rules',
    kind: 'scheme-rules',
    audience: ['all-members'],
    required: true,
    acceptOnJoining: true,
    summary: 'How members report, use the gallery and keep shared information safe.',
  })
  const rulesV1 = await uploadVersion(payload, {
    document: rules.id,
    label: 'v1',
    note: 'First edition.',
    title: 'Scheme rules',
    text: ['1. Report every incident within 24 hours.', '2. Never share gallery images outside the scheme.'],
  })
  const agreement = await create({
    title: 'Information-sharing agreement',
    kind: 'sharing-agreement',
    audience: ['business-managers'],
    required: true,
    acceptOnJoining: true,
    summary: 'What the scheme shares with members, police and partners, and on what lawful basis.',
  })
  await uploadVersion(payload, {
    document: agreement.id,
    label: 'v1',
    note: 'First edition.',
    title: 'Information-sharing agreement',
    text: ['Members share incident reports with the scheme for the prevention and detection of crime.'],
  })
  const guide = await create({
    title: 'Using the members’ area: a training guide',
    kind: 'training-guide',
    audience: ['all-members'],
    required: false,
    acceptOnJoining: false,
    summary: 'Filing a report, searching the gallery and recognising someone, step by step.',
  })
  const guideV1 = await uploadVersion(payload, {
    document: guide.id,
    label: 'v1',
    note: 'First edition.',
    title: 'Training guide',
    text: ['Tap Report, choose what happened, and add a photo if you have one.'],
  })
  await payload.create({
    collection: 'document-acceptances',
    data: { document: rules.id, version: rulesV1.id, member: manager.id, business: business.id },
    overrideAccess: true, // demo data: the manager accepted the first edition
  })
  for (const [document, version] of [
    [rules.id, rulesV1.id],
    [guide.id, guideV1.id],
  ] as const) {
    await payload.create({
      collection: 'document-reads',
      data: { document, version, member: member.id },
      overrideAccess: true, // demo data: read receipts as if member@ had opened them
    })
  }
  await uploadVersion(payload, {
    document: rules.id,
    label: 'v2',
    note: 'Rule 3 added: keep the members’ area signed out on shared tills.',
    title: 'Scheme rules',
    text: [
      '1. Report every incident within 24 hours.',
      '2. Never share gallery images outside the scheme.',
      '3. Sign out of the members’ area on shared devices.',
    ],
  })
}
