/**
 * Text that PDF's standard fonts can draw. StandardFonts (Helvetica) only cover WinAnsi, and pdf-lib throws
 * on anything else, so one emoji in a description would otherwise fail a whole evidence pack. Unknown
 * characters become "?", line breaks and tabs become spaces (the writer wraps lines itself).
 */
export const winAnsiText = (text: string, characterSet: ReadonlySet<number>): string => {
  let result = ''
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\t' || char === '\r' || char === '\n') result += ' '
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue
    else result += characterSet.has(code) ? char : '?'
  }
  return result
}
