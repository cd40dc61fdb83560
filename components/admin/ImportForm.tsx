'use client'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { ImportMode, ImportResult, RowResult } from '@/features/imports/importResult'

type Progress = { done: number; total: number }
type Line = Partial<Progress> & { result?: ImportResult }

const kindLabel = { offenders: 'Offenders', incidents: 'Incidents' } as const
const tenths = (progress: Progress | null) =>
  progress?.total ? Math.floor((progress.done / progress.total) * 10) * 10 : 0
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

/** Reads the route's NDJSON answer line by line, reporting progress, and returns its final result. */
const readLines = async (
  response: Response,
  onProgress: (progress: Progress) => void,
): Promise<ImportResult> => {
  const reader = response.body?.getReader()
  if (!reader) throw new Error('The server sent no answer.')
  const decoder = new TextDecoder()
  let buffered = ''
  let result: ImportResult | undefined
  const take = (text: string) => {
    if (!text.trim()) return
    const line = JSON.parse(text) as Line
    if (line.result) result = line.result
    else if (typeof line.done === 'number' && typeof line.total === 'number') {
      onProgress({ done: line.done, total: line.total })
    }
  }
  for (;;) {
    const { done, value } = await reader.read()
    buffered += decoder.decode(value, { stream: !done })
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    lines.forEach(take)
    if (done) break
  }
  take(buffered)
  if (!result) throw new Error('The answer stopped before the end. Check the file again.')
  return result
}

const RowErrors = ({ row }: { row: RowResult }) =>
  row.errors.length ? (
    <ul>
      {row.errors.map((error) => (
        <li key={`${error.column}:${error.message}`}>
          <strong>{error.column}:</strong> {error.message}
        </li>
      ))}
    </ul>
  ) : (
    <>OK</>
  )

/**
 * Chooses the files and sends them for a dry run or an import, showing a progress bar while the server
 * works and then every row with its errors. Progress and results are announced (aria-live) and focus moves
 * to the results, so a screen reader user hears what happened.
 */
export const ImportForm = () => {
  const id = useId()
  const [busy, setBusy] = useState<ImportMode | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [onlyErrors, setOnlyErrors] = useState(true)
  const resultsHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if ((result || failure) && !busy) resultsHeading.current?.focus()
  }, [result, failure, busy])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const mode: ImportMode = submitter?.value === 'import' ? 'import' : 'dry-run'
    const body = new FormData(event.currentTarget)
    body.set('mode', mode)
    setBusy(mode)
    setProgress(null)
    setResult(null)
    setFailure(null)
    try {
      const response = await fetch('/staff/import', { method: 'POST', body, credentials: 'same-origin' })
      if (!response.ok) {
        setFailure((await response.text()) || `The server refused the file (${response.status}).`)
        return
      }
      const answer = await readLines(response, setProgress)
      setResult(answer)
      setOnlyErrors(answer.rows.some((row) => row.errors.length > 0))
    } catch (error) {
      setFailure((error as Error).message || 'The connection failed. Try again.')
    } finally {
      setBusy(null)
    }
  }

  const rows = result ? result.rows.filter((row) => !onlyErrors || row.errors.length) : []
  const badRows = result ? result.rows.filter((row) => row.errors.length).length : 0

  return (
    <>
      <form onSubmit={submit} aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`}>Choose one file or both. Files must be CSV (in Excel: Save as, CSV UTF-8).</p>
        <div style={{ display: 'grid', gap: '1rem', margin: '1rem 0' }}>
          <div>
            <label htmlFor={`${id}-offenders`} style={{ display: 'block' }}>
              Offenders file
            </label>
            <input
              id={`${id}-offenders`}
              name="offenders"
              type="file"
              accept=".csv,text/csv"
              disabled={!!busy}
            />
          </div>
          <div>
            <label htmlFor={`${id}-incidents`} style={{ display: 'block' }}>
              Incidents file
            </label>
            <input
              id={`${id}-incidents`}
              name="incidents"
              type="file"
              accept=".csv,text/csv"
              disabled={!!busy}
            />
          </div>
        </div>
        <div className="ntars-actions">
          <button type="submit" value="dry-run" className="btn btn--style-primary" disabled={!!busy}>
            Check file (dry run)
          </button>
          <button type="submit" value="import" className="btn btn--style-secondary" disabled={!!busy}>
            Import
          </button>
        </div>
      </form>

      {busy ? (
        <p>
          <label htmlFor={`${id}-progress`}>
            {busy === 'import' ? 'Importing' : 'Checking'}:{' '}
            {progress ? `${progress.done} of ${progress.total} rows` : 'reading the files'}
          </label>{' '}
          <progress id={`${id}-progress`} max={progress?.total || 1} value={progress?.done ?? 0} />
        </p>
      ) : null}
      {/* Announced in steps of a tenth, and the outcome once: every row would be too much to hear. */}
      <p aria-live="polite" role="status" style={visuallyHidden}>
        {busy ? `${busy === 'import' ? 'Importing' : 'Checking'}: ${tenths(progress)}% done` : ''}
        {!busy && result ? result.message : ''}
        {!busy && failure ? failure : ''}
      </p>

      <section aria-labelledby={`${id}-results`}>
        {result || failure ? (
          <h2 id={`${id}-results`} ref={resultsHeading} tabIndex={-1}>
            {result?.mode === 'import' ? 'Import result' : 'Check result'}
          </h2>
        ) : null}
        {failure ? <p className="ntars-warning">{failure}</p> : null}
        {result ? (
          <>
            <p className={result.ok ? undefined : 'ntars-warning'}>{result.message}</p>
            {result.fileErrors.length ? (
              <ul>
                {result.fileErrors.map((error) => (
                  <li key={`${error.kind}:${error.message}`}>
                    {error.kind ? `${kindLabel[error.kind]} file: ` : ''}
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
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col">Row</th>
                      <th scope="col">Result</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={`${row.kind}-${row.row}`}>
                        <td>{kindLabel[row.kind]}</td>
                        <th scope="row">
                          {row.id ? (
                            <a href={`/admin/collections/${row.kind}/${row.id}`}>{row.row}</a>
                          ) : (
                            row.row
                          )}
                        </th>
                        <td>
                          <RowErrors row={row} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : null}
          </>
        ) : null}
      </section>
    </>
  )
}
