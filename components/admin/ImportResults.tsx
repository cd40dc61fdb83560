'use client'
import { useState } from 'react'
import { ColumnHeadings } from '@/components/shared/ColumnHeadings'
import type { ImportResult } from '@/features/imports/importResult'
import { ImportRowErrors } from './ImportRowErrors'
import { importKindLabel } from './importKindLabel'

/**
 * What a dry run or an import found: its message, problems with whole files, notices, then every row with
 * its errors (only the rows with errors at first, when there are any).
 */
export const ImportResults = ({ id, result }: { id: string; result: ImportResult }) => {
  const badRows = result.rows.filter((row) => row.errors.length).length
  const [onlyErrors, setOnlyErrors] = useState(badRows > 0)
  const rows = result.rows.filter((row) => !onlyErrors || row.errors.length)
  return (
    <>
      <p className={result.ok ? undefined : 'ntars-warning'}>{result.message}</p>
      {result.fileErrors.length ? (
        <ul>
          {result.fileErrors.map((error) => (
            <li key={`${error.kind}:${error.message}`}>
              {error.kind ? `${importKindLabel[error.kind]} file: ` : ''}
              {error.message}
            </li>
          ))}
        </ul>
      ) : null}
      {result.notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
      {result.rows.length ? (
        <>
          <p>
            <input
              id={`${id}-only-errors`}
              type="checkbox"
              checked={onlyErrors}
              onChange={(event) => setOnlyErrors(event.target.checked)}
            />{' '}
            <label htmlFor={`${id}-only-errors`}>
              Show only rows with errors ({badRows} of {result.rows.length})
            </label>
          </p>
          <table className="table">
            <caption>Every row checked{onlyErrors ? ', rows with errors only' : ''}</caption>
            <ColumnHeadings names={['File', 'Row', 'Result']} />
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.kind}-${row.row}`}>
                  <td>{importKindLabel[row.kind]}</td>
                  <th scope="row">
                    {row.id ? <a href={`/admin/collections/${row.kind}/${row.id}`}>{row.row}</a> : row.row}
                  </th>
                  <td>
                    <ImportRowErrors row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  )
}
