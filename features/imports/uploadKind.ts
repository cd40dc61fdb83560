/** What an uploaded file is, by its first bytes, whatever its name says. */
export type UploadKind = 'zip' | 'compound-document' | 'text'

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte)

/**
 * A .xlsx is a ZIP ("PK\x03\x04"); a password-protected workbook or an old .xls is an OLE compound document
 * (D0 CF 11 E0 ...). Anything else is taken as CSV text and read as such.
 */
export const uploadKind = (bytes: Uint8Array): UploadKind => {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'compound-document'
  return 'text'
}
