/** Archive and ledger names carry their UTC time, so a plain sort puts them oldest first. */
export const archiveFilePattern = /^ntars-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.age$/
export const ledgerFilePattern = /^ntars-erasures-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json\.age$/

/** `ntars-2026-12-03T15-04-05Z.tar.age` for an archive, `ntars-erasures-….json.age` for an erasure ledger. */
export const backupFileName = (kind: 'archive' | 'ledger', at: Date): string => {
  const time = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')
  return kind === 'archive' ? `ntars-${time}.tar.age` : `ntars-erasures-${time}.json.age`
}
