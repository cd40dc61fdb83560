import { inflateSync } from 'node:zlib'

/**
 * The text a PDF draws: pdf-lib writes each line as a hex string (`<48656C6C6F> Tj`) inside deflated
 * content streams, so inflate every stream and decode those strings. This reads the file itself, not what
 * the renderer says it printed.
 */
export const pdfTextOf = (bytes: Uint8Array): string => {
  const source = Buffer.from(bytes)
  const lines: string[] = []
  let at = 0
  for (;;) {
    const start = source.indexOf('stream', at)
    if (start < 0) break
    const dataStart = source[start + 6] === 0x0d ? start + 8 : start + 7
    const end = source.indexOf('endstream', dataStart)
    if (end < 0) break
    let content: Buffer
    try {
      content = inflateSync(source.subarray(dataStart, end))
    } catch {
      content = source.subarray(dataStart, end)
    }
    for (const match of content.toString('latin1').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      lines.push(Buffer.from(match[1] as string, 'hex').toString('latin1'))
    }
    at = end + 9
  }
  return lines.join('\n')
}
