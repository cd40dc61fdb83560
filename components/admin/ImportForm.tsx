'use client'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { ImportMode, ImportResult } from '@/features/imports/importResult'
import { ImportResults } from './ImportResults'
import { importKindLabel } from './importKindLabel'
import { type ImportProgressCount, readImportLines } from './readImportLines'

const fileKinds = ['offenders', 'incidents'] as const
// What the file picker offers; the server tells the two apart by content, not by name.
const acceptedFiles = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const tenths = (progress: ImportProgressCount | null) =>
  progress?.total ? Math.floor((progress.done / progress.total) * 10) * 10 : 0
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

/**
 * Chooses the files and sends them for a dry run or an import, showing a progress bar while the server
 * works and then every row with its errors. Progress and results are announced (aria-live) and focus moves
 * to the results, so a screen reader user hears what happened.
 */
export const ImportForm = () => {
  const id = useId()
  const [busy, setBusy] = useState<ImportMode | null>(null)
  const [progress, setProgress] = useState<ImportProgressCount | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
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
      setResult(await readImportLines(response, setProgress))
    } catch (error) {
      setFailure((error as Error).message || 'The connection failed. Try again.')
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <form onSubmit={submit} aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`}>
          Choose one file or both: Excel workbooks (.xlsx) or CSV files. Workbooks with macros (.xlsm) or a
          password are refused.
        </p>
        <div style={{ display: 'grid', gap: '1rem', margin: '1rem 0' }}>
          {fileKinds.map((kind) => (
            <div key={kind}>
              <label htmlFor={`${id}-${kind}`} style={{ display: 'block' }}>
                {importKindLabel[kind]} file (.xlsx or .csv)
              </label>
              <input id={`${id}-${kind}`} name={kind} type="file" accept={acceptedFiles} disabled={!!busy} />
            </div>
          ))}
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
        {result ? <ImportResults id={id} result={result} /> : null}
      </section>
    </>
  )
}
