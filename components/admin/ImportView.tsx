import type { AdminViewServerProps } from 'payload'
import { csvLimits } from '@/features/imports/csvLimits'
import { incidentColumns } from '@/features/imports/incidentColumns'
import { mayImport } from '@/features/imports/mayImport'
import { offenderColumns } from '@/features/imports/offenderColumns'
import { ImportColumnList } from './ImportColumnList'
import { ImportForm } from './ImportForm'
import { StaffAdminView } from './StaffAdminView'

/**
 * Staff bring a spreadsheet-run scheme's gallery and incident log in from .xlsx or CSV: check the files
 * first (a dry run that writes nothing), then import them in one transaction. Only scheme managers and admins; the route
 * that does the work checks again.
 */
export const ImportView = (props: AdminViewServerProps) => (
  <StaffAdminView
    view={props}
    path="/import"
    title="Import from a spreadsheet"
    allows={mayImport}
    refusal="Only scheme managers and admins import."
  >
    {() => (
      <>
        <p>
          Bring in an existing offender gallery and incident log from Excel (.xlsx) or CSV. Check the files
          first: the dry run tries every row and lists each one&apos;s problems, and writes nothing. An import
          writes every row or, if any row fails, none. Files up to 5 MB and{' '}
          {csvLimits.maxRows.toLocaleString('en-GB')} rows each. Imported profiles are approved unless the
          file says otherwise.
        </p>
        <p>
          Templates: offenders (<a href="/staff/import/template/offenders?format=xlsx">Excel</a>,{' '}
          <a href="/staff/import/template/offenders">CSV</a>), incidents (
          <a href="/staff/import/template/incidents?format=xlsx">Excel</a>,{' '}
          <a href="/staff/import/template/incidents">CSV</a>). Import both files together when incidents name
          people by their Ref. A workbook is read from its first sheet, or the sheet named Offenders or
          Incidents.
        </p>
        <ImportForm />
        <details>
          <summary>Columns of the offenders file</summary>
          <ImportColumnList columns={offenderColumns} />
        </details>
        <details>
          <summary>Columns of the incidents file</summary>
          <ImportColumnList columns={incidentColumns} />
        </details>
      </>
    )}
  </StaffAdminView>
)
