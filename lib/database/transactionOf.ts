import type { PayloadRequest } from 'payload'
import { postgresOf } from './postgresOf'

/**
 * The Drizzle handle of the request's open transaction, for a raw statement that must run inside it (a row
 * lock taken by a hook). Without a transaction it is the pool, where a lock ends with its statement: the
 * hooks that lock run in Payload's own update transaction.
 */
export const transactionOf = async (req: PayloadRequest) => {
  const adapter = postgresOf(req.payload)
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
}
