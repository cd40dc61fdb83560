import { CsvError } from './CsvError'
import type { ImportKind } from './columnSpec'
import { columnsOf } from './columnsOf'
import { csvLimits, tooLargeMessage } from './csvLimits'
import type { FileError } from './importResult'
import { readUpload } from './readUpload'
import type { ReadFiles } from './validateFiles'

/** Each kind's file as sent: CSV text, or the bytes of an upload (CSV or .xlsx, told apart by content). */
export type ImportFiles = Partial<Record<ImportKind, string | Uint8Array>>

/** Reads the uploaded bytes of each file; a file that cannot be read at all is a file error, not a throw. */
export const readUploads = async (
  files: ImportFiles,
): Promise<{ files: ReadFiles; fileErrors: FileError[] }> => {
  const read: ReadFiles = {}
  const fileErrors: FileError[] = []
  for (const kind of ['offenders', 'incidents'] as const) {
    const file = files[kind]
    if (file === undefined || typeof file === 'string') {
      if (file !== undefined) read[kind] = file
      continue
    }
    if (file.byteLength > csvLimits.maxBytes) {
      fileErrors.push({ kind, message: tooLargeMessage })
      continue
    }
    try {
      read[kind] = await readUpload(file, kind, columnsOf(kind))
    } catch (error) {
      if (!(error instanceof CsvError)) throw error
      fileErrors.push({ kind, message: error.message })
    }
  }
  return { files: read, fileErrors }
}
