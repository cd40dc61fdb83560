import { Unzip, UnzipInflate } from 'fflate'
import { CsvError } from './CsvError'
import { workbookLimits } from './workbookLimits'
import { workbookMessages } from './workbookMessages'

const chunkSize = 64 * 1024

const joined = (chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * Inflates a .xlsx (a ZIP) entry by entry with a running count of the bytes that come out, so a zip bomb is
 * stopped at `workbookLimits.maxUnpackedBytes` of real output, whatever sizes its headers claim: the
 * compressed bytes go in 64 KB at a time and inflating stops at the first entry over the limit. Pictures
 * (xl/media) are not inflated at all: the import never reads them. Refuses a workbook with macros
 * (xl/vbaProject.bin). Returns the entries by name, for `repackWorkbook`.
 */
export const unpackWorkbook = (bytes: Uint8Array): Record<string, Uint8Array> => {
  const entries: Record<string, Uint8Array> = {}
  let unpacked = 0
  let problem: string | null = null
  const unzip = new Unzip((file) => {
    if (problem) return
    if (/(^|\/)vbaProject\.bin$/i.test(file.name)) {
      problem = workbookMessages.macros
      return
    }
    if (file.name.startsWith('xl/media/')) {
      entries[file.name] = new Uint8Array(0)
      return
    }
    const chunks: Uint8Array[] = []
    file.ondata = (error, data, final) => {
      if (problem) return
      if (error) {
        problem = workbookMessages.unreadable
        return
      }
      unpacked += data.length
      if (unpacked > workbookLimits.maxUnpackedBytes) {
        problem = workbookMessages.tooLarge
        file.terminate()
        return
      }
      chunks.push(data)
      if (final) entries[file.name] = joined(chunks)
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let at = 0; at < bytes.length && !problem; at += chunkSize) {
      unzip.push(bytes.subarray(at, at + chunkSize), at + chunkSize >= bytes.length)
    }
  } catch {
    problem ??= workbookMessages.unreadable
  }
  if (problem) throw new CsvError(problem)
  const types = entries['[Content_Types].xml']
  if (!types || !entries['xl/workbook.xml']) throw new CsvError(workbookMessages.notWorkbook)
  if (/macroEnabled/i.test(new TextDecoder().decode(types))) throw new CsvError(workbookMessages.macros)
  return entries
}
