import type { Payload } from 'payload'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { postgresOf } from '@/lib/database/postgresOf'

// Inline styles: the audit page is the only user, and custom.css is shared with other admin views.
const brokenStyle = {
  borderLeftColor: 'var(--theme-error-500)',
  background: 'var(--theme-error-50)',
  padding: '0.75rem',
} as const

/** Recomputes the audit chain and says whether it is intact, or where it breaks and what to do. */
export const AuditChainCheck = async ({ payload }: { payload: Payload }) => {
  const chain = await verifyAuditChain(postgresOf(payload).pool)
  if (chain.intact) return <p role="status">Chain intact: {chain.checked} entries checked.</p>
  return (
    <div className="ntars-warning" role="alert" style={brokenStyle}>
      <h2>
        Chain broken at entry #{chain.firstBreak.sequence ?? chain.firstBreak.id}: {chain.firstBreak.kind}
      </h2>
      <p>
        {chain.broken.length} of {chain.checked} entries fail the check. Someone has changed or removed audit
        entries in the database directly. Do not edit anything further; tell the data protection lead and keep
        a database backup from before today.
      </p>
    </div>
  )
}
