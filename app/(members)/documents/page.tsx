import Link from 'next/link'
import { documentKindLabel } from '@/collections/Documents/documentKinds'
import { DocumentStatusBadge } from '@/components/members/DocumentStatusBadge'
import { listDocumentsForMember } from '@/features/documents/listDocumentsForMember'
import { requireMember } from '@/lib/auth/requireMember'

export const metadata = { title: 'Documents' }

export default async function DocumentsPage() {
  const member = await requireMember()
  const documents = await listDocumentsForMember(member)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Documents</h1>
      {documents.length ? (
        <ul className="space-y-3">
          {documents.map((document) => (
            <li key={document.id} className="rounded-lg border border-slate-300 bg-white p-3">
              <span className="text-sm font-medium uppercase text-slate-700">
                {documentKindLabel(document.kind)} · version {document.version?.versionLabel}
                {document.required ? ' · must read' : ''}
              </span>
              <Link className="block text-lg font-semibold underline" href={`/documents/${document.id}`}>
                {document.title}
              </Link>
              <DocumentStatusBadge status={document.status} />
            </li>
          ))}
        </ul>
      ) : (
        <p>There are no documents for you yet.</p>
      )}
    </div>
  )
}
