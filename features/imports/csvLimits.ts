/** The largest file the import takes: enough for a scheme's whole history, small enough for one request. */
export const csvLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 20_000,
} as const

export const tooLargeMessage = `The file is too large: the import takes up to 5 MB and ${csvLimits.maxRows.toLocaleString('en-GB')} rows. Split it into smaller files and import them one after another.`
