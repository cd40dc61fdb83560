/**
 * The text of an uploaded CSV file. "CSV UTF-8" is read as such; anything that is not valid UTF-8 is read
 * as Windows-1252, which is what older Excel writes for "CSV", so a £ sign survives either way.
 */
export const decodeCsvBytes = (bytes: ArrayBuffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
