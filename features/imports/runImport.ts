import type { Payload } from 'payload'
import type { Account, StaffAccount } from '@/access/accountOf'
import { importMessages } from './importMessages'
import type { ImportMode, ImportProgress, ImportResult } from './importResult'
import { readImportVocabulary } from './importVocabulary'
import { mayImport } from './mayImport'
import { type ImportFiles, readUploads } from './readUploads'
import { validateFiles } from './validateFiles'
import { withColumnLetters } from './withColumnLetters'
import { writeRows } from './writeRows'

export type { ImportFiles }

type ImportRequest = {
  payload: Payload
  user: Account | null
  files: ImportFiles
  mode: ImportMode
  onProgress?: ImportProgress
}

const noneCreated = { offenders: 0, incidents: 0 }

/**
 * Checks (dry run) or imports an offenders file and/or an incidents file (CSV or .xlsx) for a scheme manager or admin.
 * Every row is validated first; an import with any bad row writes nothing. Then the rows are created in one
 * transaction — rolled back for a dry run, and on any failure — so the database's own rules show per row.
 */
export const runImport = async ({
  payload,
  user,
  files,
  mode,
  onProgress = () => {},
}: ImportRequest): Promise<ImportResult> => {
  const base = { mode, notices: [] as string[], fileErrors: [], rows: [], created: noneCreated }
  if (!mayImport(user)) return { ...base, ok: false, message: importMessages.notAllowed }
  const uploads = await readUploads(files)
  const validated = validateFiles(uploads.files, await readImportVocabulary(payload, user as StaffAccount))
  if (uploads.fileErrors.length) {
    // An unreadable upload was still chosen: "choose a file" (kind null) would only confuse.
    validated.fileErrors = [...uploads.fileErrors, ...validated.fileErrors.filter((error) => error.kind)]
  }
  withColumnLetters(validated.results, validated.letters)
  const result = {
    ...base,
    notices: validated.notices,
    fileErrors: validated.fileErrors,
    rows: validated.results,
  }
  if (validated.fileErrors.length) return { ...result, ok: false, message: importMessages.fileErrors }
  const badBefore = validated.results.filter((row) => row.errors.length).length
  if (mode === 'import' && badBefore) {
    return { ...result, ok: false, message: importMessages.rowsRefused(mode, badBefore) }
  }
  try {
    const outcome = await writeRows(payload, user as StaffAccount, mode, validated, onProgress)
    withColumnLetters(validated.results, validated.letters)
    const bad = validated.results.filter((row) => row.errors.length).length
    if (!outcome.ok) return { ...result, ok: false, message: importMessages.rowsRefused(mode, bad) }
    const { offenders, incidents } = outcome.created
    return {
      ...result,
      ok: true,
      created: mode === 'import' ? outcome.created : noneCreated,
      message:
        mode === 'import'
          ? importMessages.imported(offenders, incidents)
          : importMessages.checked(offenders, incidents),
    }
  } catch (error) {
    payload.logger.error({ msg: 'Import failed', mode, user: user?.id, error: (error as Error).message })
    return { ...result, ok: false, message: importMessages.failed }
  }
}
