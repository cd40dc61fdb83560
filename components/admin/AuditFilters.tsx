import { type AuditEntryFilters, auditedCollections } from '@/features/auditLog/auditEntryFilters'
import { auditActions } from '@/lib/audit/auditActions'
import { AuditFilterSelect } from './AuditFilterSelect'

// Inline styles: the audit page is the only user, and custom.css is shared with other admin views.
const filterStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.75rem',
  alignItems: 'end',
  margin: '1rem 0',
} as const

/** The audit log's filters: a plain GET form, so a filtered view is a link that can be shared. */
export const AuditFilters = ({ filters }: { filters: AuditEntryFilters }) => (
  <form method="get" action="/admin/audit" style={filterStyle}>
    <label>
      Person (email or id)
      <input name="person" defaultValue={filters.person ?? ''} maxLength={200} />
    </label>
    <label>
      Staff or member
      <select name="actorCollection" defaultValue={filters.actorCollection ?? ''}>
        <option value="">Either</option>
        <option value="users">Staff</option>
        <option value="members">Member</option>
      </select>
    </label>
    <AuditFilterSelect
      label="Record"
      name="entityCollection"
      value={filters.entityCollection}
      options={auditedCollections}
    />
    <label>
      Record #
      <input
        name="entityId"
        inputMode="numeric"
        pattern="[0-9]*"
        defaultValue={filters.entityId ?? ''}
        size={6}
      />
    </label>
    <AuditFilterSelect label="Action" name="action" value={filters.action} options={auditActions} />
    <label>
      From (UK date)
      <input type="date" name="from" defaultValue={filters.from ?? ''} />
    </label>
    <label>
      To (UK date)
      <input type="date" name="to" defaultValue={filters.to ?? ''} />
    </label>
    <button type="submit" className="btn btn--style-primary btn--size-small">
      Filter
    </button>
    <a href="/admin/audit">Clear</a>
  </form>
)
