import type { AdminViewServerProps } from 'payload'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { auditEntryFiltersFrom } from '@/features/auditLog/auditEntryFilters'
import { AuditChainCheck } from './AuditChainCheck'
import { AuditEntries } from './AuditEntries'
import { StaffAdminView } from './StaffAdminView'

/**
 * The staff audit page: the chain check first (has anyone changed or removed an entry?), then the log
 * filtered by person, record, action and UK dates. Admins and scheme managers only, and refusals are
 * audit-logged; the read is also checked by the collection's own access rule. Viewing is not itself logged
 * (exports are).
 */
export const AuditLogView = (props: AdminViewServerProps) => {
  const { filters, invalid } = auditEntryFiltersFrom(props.searchParams)
  const { payload } = props.initPageResult.req
  return (
    <StaffAdminView
      view={props}
      path="/audit"
      title="Audit log"
      allows={isSchemeManagerAccount}
      refusal="Only scheme managers and admins see the audit log."
      auditRefusal="Refused the staff audit page"
    >
      {(staff) => (
        <>
          <AuditChainCheck payload={payload} />
          <AuditEntries payload={payload} staff={staff} filters={filters} invalid={invalid} />
        </>
      )}
    </StaffAdminView>
  )
}
