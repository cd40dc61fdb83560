import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { csvLimits } from '@/features/imports/csvLimits'
import { incidentColumns } from '@/features/imports/incidentColumns'
import { mayImport } from '@/features/imports/mayImport'
import { offenderColumns } from '@/features/imports/offenderColumns'
import { ImportForm } from './ImportForm'
import { redirectAnonymousToSignIn } from './redirectAnonymousToSignIn'

const columnList = (columns: readonly { header: string; help: string; required?: boolean }[]) => (
  <dl>
    {columns.map((column) => (
      <div key={column.header}>
        <dt>
          <strong>{column.header}</strong>
          {column.required ? ' (required)' : ''}
        </dt>
        <dd>{column.help}</dd>
      </div>
    ))}
  </dl>
)

/**
 * Staff bring a spreadsheet-run scheme's gallery and incident log in from CSV: check the files first (a dry
 * run that writes nothing), then import them in one transaction. Only scheme managers and admins; the route
 * that does the work checks again.
 */
export const ImportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  redirectAnonymousToSignIn(req, '/import')
  const allowed = mayImport(req.user as StaffAccount | null)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import from a spreadsheet</h1>
        {!allowed ? (
          <p>Only scheme managers and admins import.</p>
        ) : (
          <>
            <p>
              Bring in an existing offender gallery and incident log saved as CSV. Check the files first: the
              dry run tries every row and lists each one&apos;s problems, and writes nothing. An import writes
              every row or, if any row fails, none. Files up to 5 MB and{' '}
              {csvLimits.maxRows.toLocaleString('en-GB')} rows each. Imported profiles are approved unless the
              file says otherwise.
            </p>
            <p>
              Templates: <a href="/staff/import/template/offenders">offenders template (CSV)</a>,{' '}
              <a href="/staff/import/template/incidents">incidents template (CSV)</a>. Import both files
              together when incidents name people by their Ref.
            </p>
            <ImportForm />
            <details>
              <summary>Columns of the offenders file</summary>
              {columnList(offenderColumns)}
            </details>
            <details>
              <summary>Columns of the incidents file</summary>
              {columnList(incidentColumns)}
            </details>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
