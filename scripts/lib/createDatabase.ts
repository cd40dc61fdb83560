import pg from 'pg'

const withAdmin = async <T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoteIdent = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`)
  return `"${name}"`
}

/** Creates the database unless it exists. `serverUrl` points at the server's `postgres` database. */
export const createDatabase = (serverUrl: string, name: string): Promise<void> =>
  withAdmin(serverUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (!found.rowCount) await client.query(`create database ${quoteIdent(name)}`)
  })

export const dropDatabase = (serverUrl: string, name: string): Promise<void> =>
  withAdmin(serverUrl, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`)
  })
