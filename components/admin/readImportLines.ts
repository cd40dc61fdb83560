import type { ImportResult } from '@/features/imports/importResult'

export type ImportProgressCount = { done: number; total: number }
type Line = Partial<ImportProgressCount> & { result?: ImportResult }

/** Reads the import route's NDJSON answer line by line, reporting progress, and returns its final result. */
export const readImportLines = async (
  response: Response,
  onProgress: (progress: ImportProgressCount) => void,
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
