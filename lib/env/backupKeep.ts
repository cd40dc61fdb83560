/** The default number of archives kept: two weeks of daily backups. */
const defaultKeep = 14

/**
 * How many of the newest archives `npm run backup` keeps (NTARS_BACKUP_KEEP); older ones are deleted after a
 * new one is written. A count, not an age, so a backup job that stops for weeks never prunes the last copies.
 */
export const backupKeep = (): number => {
  const raw = process.env.NTARS_BACKUP_KEEP
  if (!raw) return defaultKeep
  const keep = Number(raw)
  if (!Number.isInteger(keep) || keep < 1) {
    throw new Error(`NTARS_BACKUP_KEEP must be a whole number of archives, 1 or more (got "${raw}").`)
  }
  return keep
}
