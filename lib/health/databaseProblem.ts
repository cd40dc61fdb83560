import type { SqlClient } from '@/lib/audit/verifyAuditChain'
import { withinTime } from './withinTime'

/**
 * Null when PostgreSQL answers a trivial query within `timeoutMs`; otherwise what went wrong, in words that
 * carry no connection details (the driver's own message can name the host and user).
 */
export const databaseProblem = async (client: SqlClient, timeoutMs = 3000): Promise<string | null> => {
  try {
    await withinTime(client.query('select 1'), timeoutMs)
    return null
  } catch (error) {
    return error instanceof Error && error.message.startsWith('timed out')
      ? `no answer within ${timeoutMs} ms`
      : 'not reachable'
  }
}
