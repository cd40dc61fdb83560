/**
 * The PostgreSQL connection string. `npm run dev`, `npm start` and `npm test` set it for the embedded or
 * test database before Payload loads, so reaching here without one is a set-up mistake.
 */
export const databaseUrl = (): string => {
  const url = process.env.DATABASE_URL
  if (url) return url
  if (process.env.NODE_ENV === 'production') throw new Error('DATABASE_URL must be set in production.')
  return 'postgres://postgres@127.0.0.1:5432/ntars'
}
