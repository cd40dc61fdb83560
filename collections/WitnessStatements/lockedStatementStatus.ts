import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { transactionOf } from '@/lib/database/transactionOf'

/**
 * A statement's status as committed, read with its row locked until the caller's transaction ends: a
 * concurrent signing of the same statement waits here for this one to finish.
 */
export const lockedStatementStatus = async (req: PayloadRequest, id: unknown): Promise<string | null> => {
  const db = await transactionOf(req)
  const { rows } = await db.execute(
    sql`SELECT "status" FROM "witness_statements" WHERE "id" = ${id} FOR UPDATE`,
  )
  return ((rows[0] as { status?: string } | undefined)?.status ?? null) as string | null
}
