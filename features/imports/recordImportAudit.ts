import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * One audit entry for a whole import, written in the import's transaction (so it exists exactly when the
 * records do). The per-record "create" entries are skipped for bulk (context.skipAudit): thousands of
 * identical entries would bury the log, and this entry lists every id created instead.
 */
export const recordImportAudit = (
  req: PayloadRequest,
  ids: { offenders: number[]; incidents: number[] },
  rows: number,
): Promise<void> =>
  recordAudit(req, {
    action: 'import',
    summary: `Imported ${ids.offenders.length} offender profiles and ${ids.incidents.length} incidents from CSV (${rows} rows)`,
    details: {
      rows,
      offendersCreated: ids.offenders.length,
      incidentsCreated: ids.incidents.length,
      offenderIds: ids.offenders,
      incidentIds: ids.incidents,
    },
  })
