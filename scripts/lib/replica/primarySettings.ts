import pg from 'pg'

/** The primary's settings a streaming replica depends on; read over an ordinary connection. */
export type PrimarySettings = {
  walLevel: string
  maxWalSenders: number
  hbaFile: string
  /** Hot standby refuses to start with less of these than the primary has. */
  mustMatch: Record<string, string>
}

const matched = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
]

export const primarySettings = async (primary: string): Promise<PrimarySettings> => {
  const client = new pg.Client({ connectionString: primary })
  await client.connect()
  try {
    const show = async (name: string) =>
      String((await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name] ?? '')
    const mustMatch: Record<string, string> = {}
    for (const name of matched) mustMatch[name] = await show(name)
    return {
      walLevel: await show('wal_level'),
      maxWalSenders: Number(await show('max_wal_senders')),
      hbaFile: await show('hba_file'),
      mustMatch,
    }
  } finally {
    await client.end()
  }
}
