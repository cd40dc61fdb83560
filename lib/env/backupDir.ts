import path from 'node:path'

/** Where `npm run backup` writes its encrypted archives and erasure ledgers (NTARS_BACKUP_DIR), by default `.data/backups`. */
export const backupDir = (): string =>
  path.resolve(process.env.NTARS_BACKUP_DIR || path.join(process.cwd(), '.data', 'backups'))
