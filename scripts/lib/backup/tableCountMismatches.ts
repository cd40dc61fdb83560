import type { SqlClient } from '@/lib/audit/verifyAuditChain'
import { tableRowCounts } from './tableRowCounts'

/** Tables whose row count differs from the manifest's, or that one side lacks, described for the report. */
export const tableCountMismatches = async (
  client: SqlClient,
  expected: Record<string, number>,
): Promise<string[]> => {
  const actual = await tableRowCounts(client)
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return names
    .filter((name) => expected[name] !== actual[name])
    .map(
      (name) =>
        `${name}: ${actual[name] ?? 'missing'} rows, the backup had ${expected[name] ?? 'no such table'}`,
    )
}
