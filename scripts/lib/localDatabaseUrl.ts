import { createDatabase } from './createDatabase'
import { embeddedDatabaseServer } from './databaseServer'

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL with an `ntars` database in `.data/postgres`,
 * so a fresh checkout runs with no set-up. `stop` shuts the embedded server down with the app.
 */
export const localDatabaseUrl = async (): Promise<{ url: string; stop: () => Promise<void> }> => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const server = await embeddedDatabaseServer()
  await createDatabase(server.url('postgres'), 'ntars')
  console.log('Using the embedded PostgreSQL (set DATABASE_URL to use your own).')
  return { url: server.url('ntars'), stop: server.stop }
}
