import pg from 'pg'

export type JobsLeadership = {
  /** Whether this instance holds the lead now; tries to take it when free. Never throws. */
  isLeader: () => Promise<boolean>
  /** Gives the lead up (closes the connection that holds it). */
  stop: () => Promise<void>
}

/** The advisory lock's name; `hashtext` turns it into the lock's number, as withAccountLock does. */
export const jobsLeaderLock = 'ntars-jobs-leader'

/**
 * One app instance at a time runs the scheduled jobs: the one holding a PostgreSQL session-level advisory
 * lock (`pg_try_advisory_lock`) on a connection of its own. The lock lives exactly as long as that
 * connection, so a leader that dies or loses its connection frees it at once, and another instance takes
 * it at its next tick. A leader checks its connection on every call, and stops leading the moment the
 * connection fails (after a PostgreSQL restart whoever asks first leads). The lock is per database;
 * `lockName` is for tests, which must not compete with an app running on the same database.
 */
export const jobsLeadership = (connectionString: string, lockName = jobsLeaderLock): JobsLeadership => {
  let client: pg.Client | null = null
  let leader = false

  const drop = () => {
    const old = client
    client = null
    leader = false
    old?.end().catch(() => undefined)
  }

  const isLeader = async (): Promise<boolean> => {
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString, application_name: 'ntars-jobs-leader' })
        fresh.on('error', () => {
          if (client === fresh) drop()
        })
        await fresh.connect()
        client = fresh
      }
      if (leader) {
        await client.query('SELECT 1')
        return true
      }
      const result = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [lockName],
      )
      leader = result.rows[0]?.locked === true
      return leader
    } catch {
      drop()
      return false
    }
  }

  /**
   * Unlocks, then waits for the connection to close: ending it without waiting let another instance ask
   * before the server had let go (the takeover test failed in CI that way).
   */
  const stop = async () => {
    const old = client
    const held = leader
    client = null
    leader = false
    if (!old) return
    try {
      if (held) await old.query('SELECT pg_advisory_unlock_all()')
      await old.end()
    } catch {
      // The connection is already gone, and the lock with it.
    }
  }

  return { isLeader, stop }
}
