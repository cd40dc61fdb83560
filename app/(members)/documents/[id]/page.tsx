import { notFound } from 'next/navigation'
import { documentKindLabel } from '@/collections/Documents/documentKinds'
import { AcceptDocumentForm } from '@/components/members/AcceptDocumentForm'
import { DocumentStatusBadge } from '@/components/members/DocumentStatusBadge'
import { getDocumentForMember } from '@/features/documents/getDocumentForMember'
import { pendingAcceptances } from '@/features/documents/pendingAcceptances'
import { requireMember } from '@/lib/auth/requireMember'
import { formatWhen } from '@/lib/format/formatWhen'

export const metadata = { title: 'Document' }

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember()
  const { id } = await params
  if (!/^\d+$/.test(id)) notFound()
  const [found, pending] = await Promise.all([
    getDocumentForMember(member, Number(id)),
    pendingAcceptances(member),
  ])
  if (!found) notFound()
  const { document, version, status } = found
  const toAccept = pending.find((item) => item.id === document.id)
  return (
    <article className="space-y-4">
      <p className="text-sm font-medium uppercase text-slate-700">{documentKindLabel(document.kind)}</p>
      <h1 className="text-2xl font-bold">{document.title}</h1>
      <DocumentStatusBadge status={status} />
      {document.summary ? <p>{document.summary}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold">Version</dt>
        <dd>{version.versionLabel}</dd>
        <dt className="font-semibold">Published</dt>
        <dd>{formatWhen(version.publishedAt)}</dd>
        {version.changeNote ? (
          <>
            <dt className="font-semibold">What changed</dt>
            <dd>{version.changeNote}</dd>
          </>
        ) : null}
      </dl>
      <a
        href={`/documents/${document.id}/file`}
        target="_blank"
        rel="noopener"
        className="inline-block rounded-lg bg-brand px-4 py-3 text-lg font-bold text-on-brand"
      >
        Open the document
      </a>
      {toAccept ? (
        <section
          aria-labelledby="accept"
          className="space-y-2 rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
        >
          <h2 id="accept" className="text-lg font-bold">
            Accept for your business
          </h2>
          <AcceptDocumentForm
            documentId={document.id}
            versionId={toAccept.versionId}
            title={document.title}
            versionLabel={toAccept.versionLabel}
          />
        </section>
      ) : null}
    </article>
  )
}
