/**
 * The age public keys (`age1…`) backups are encrypted to (NTARS_BACKUP_RECIPIENT), separated by commas or
 * spaces: any one of the matching private keys can restore. Only public keys live on the server.
 */
export const backupRecipients = (): string[] => {
  const recipients = (process.env.NTARS_BACKUP_RECIPIENT ?? '').split(/[\s,]+/).filter(Boolean)
  if (!recipients.length) {
    throw new Error(
      'NTARS_BACKUP_RECIPIENT must hold the age public key (age1…) backups are encrypted to (docs/operations.md). Nothing was written.',
    )
  }
  const wrong = recipients.filter((recipient) => !/^age1[0-9a-z]+$/.test(recipient))
  if (wrong.length) {
    throw new Error(
      `NTARS_BACKUP_RECIPIENT holds ${wrong.length} value(s) that are not age public keys (age1…). Nothing was written.`,
    )
  }
  return recipients
}
