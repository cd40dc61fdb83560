import type { UIFieldServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { acceptanceByBusiness } from '@/features/documents/acceptanceByBusiness'
import { notReadBy } from '@/features/documents/notReadBy'
import { formatWhen } from '@/lib/format/formatWhen'

const roleLabel: Record<string, string> = {
  member: 'Member',
  'business-manager': 'Business manager',
  police: 'Police',
  partner: 'Partner',
}

/**
 * On a required document: who in its audience has not read the current version, by business; on a
 * document asking for acceptance: which member businesses have accepted it. Scheme managers and admins
 * only (read receipts and acceptances are theirs to see).
 */
export const DocumentReadersPanel = async ({ data, id, req }: UIFieldServerProps) => {
  const staff = req.user as StaffAccount | null
  const documentId = typeof id === 'number' ? id : Number(id)
  if (!isSchemeManagerAccount(staff) || !Number.isInteger(documentId) || documentId <= 0) return null
  const document = (data ?? {}) as { required?: boolean; acceptOnJoining?: boolean }
  if (!document.required && !document.acceptOnJoining) return null
  const [unread, acceptance] = await Promise.all([
    document.required ? notReadBy(req.payload, staff, documentId) : null,
    document.acceptOnJoining ? acceptanceByBusiness(req.payload, staff, documentId) : null,
  ])
  return (
    <section className="ntars-card" aria-label="Readers">
      {document.required ? (
        unread ? (
          <>
            <h3>
              Not read the current version: {unread.notRead} of {unread.audience}
            </h3>
            {unread.rows.length ? (
              <ul aria-label="Not read yet">
                {unread.rows.map((row) => (
                  <li key={row.id}>
                    <a href={`/admin/collections/members/${row.id}`}>{row.name}</a> ·{' '}
                    {roleLabel[row.role] ?? row.role}
                    {row.business ? ` · ${row.business}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Everyone in the audience has read it.</p>
            )}
            {unread.notRead > unread.rows.length ? <p>Showing the first {unread.rows.length}.</p> : null}
          </>
        ) : (
          <p>Upload a version to see who has read it.</p>
        )
      ) : null}
      {acceptance ? (
        <>
          <h3>
            Accepted by {acceptance.accepted} of {acceptance.rows.length} member businesses
          </h3>
          <ul aria-label="Acceptance by business">
            {acceptance.rows.map((row) => (
              <li key={row.id}>
                {row.name}:{' '}
                {row.acceptedAt
                  ? `accepted ${formatWhen(row.acceptedAt)} by ${row.acceptedBy ?? 'a former manager'}`
                  : 'not yet'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
