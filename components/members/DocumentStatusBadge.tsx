import type { ReadStatus } from '@/features/documents/readStatusOf'

const badges: Record<Exclude<ReadStatus, 'read'>, { text: string; className: string }> = {
  'new-version': { text: 'New version', className: 'bg-amber-100 text-amber-900 border-amber-700' },
  'not-read': { text: 'Not read yet', className: 'bg-blue-50 text-blue-900 border-blue-700' },
}

/** Whether the member still has to open a document's current version; nothing once they have. */
export const DocumentStatusBadge = ({ status }: { status: ReadStatus }) => {
  if (status === 'read') return null
  const badge = badges[status]
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${badge.className}`}>
      {badge.text}
    </span>
  )
}
