import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance on the test database that `npm test` created (DATABASE_URL). */
export const testPayload = (): Promise<Payload> => {
  if (!process.env.DATABASE_URL?.includes('ntars_test')) {
    throw new Error(
      'Run the tests with `npm test`: it creates a throwaway database (DATABASE_URL must name ntars_test_*).',
    )
  }
  return getPayload({ config })
}
