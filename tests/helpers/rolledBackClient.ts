import pg from 'pg'

/**
 * A connection to the run's own seeded test database with a transaction open, for tests that write straight to
 * the tables (a migration stepped back and forth, the scale seed) and must leave the database as the other
 * tests expect: `end` rolls everything back and closes the connection.
 */
export const rolledBackClient = async (): Promise<{ client: pg.Client; end: () => Promise<void> }> => {
  const databaseUrl = process.env.DATABASE_URL ?? ''
  if (!databaseUrl.includes('ntars_test'))
    throw new Error('Run with DATABASE_URL naming an ntars_test_* database.')
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('begin')
  return {
    client,
    end: async () => {
      await client.query('rollback')
      await client.end()
    },
  }
}
