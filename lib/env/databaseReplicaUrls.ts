/**
 * Read replicas of the database (DATABASE_REPLICA_URLS, comma-separated connection strings), or none.
 * Payload then sends reads made outside a transaction to a replica, and writes, transactions and reads
 * right after a write on this instance to the primary (docs/deploy.md, "Read replica").
 */
export const databaseReplicaUrls = (): string[] =>
  (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
