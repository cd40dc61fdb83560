/**
 * The age identity file (private key, `AGE-SECRET-KEY-1…`) that opens backups (NTARS_BACKUP_IDENTITY_FILE).
 * Needed only to restore: it is kept off the server, with the people who may restore.
 */
export const backupIdentityFile = (): string => {
  const file = process.env.NTARS_BACKUP_IDENTITY_FILE
  if (!file) {
    throw new Error(
      'NTARS_BACKUP_IDENTITY_FILE must name the age identity file (private key) that opens the backups (docs/operations.md). Nothing was written.',
    )
  }
  return file
}
