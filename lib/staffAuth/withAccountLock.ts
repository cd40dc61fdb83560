import type { Payload } from 'payload'
import { postgresOf } from '@/lib/database/postgresOf'

/**
 * Runs `work` while holding a PostgreSQL advisory lock for one staff email, on every app instance. Payload's
 * login writes back the whole account row it read before its transaction began; two sign-ins of the same
 * account at once could otherwise put back a spent recovery code or an older "last used step".
 */
export const withAccountLock = async <T>(
  payload: Payload,
  email: string,
  work: () => Promise<T>,
): Promise<T> => {
  const client = await postgresOf(payload).pool.connect()
  const key = `ntars-staff-sign-in:${email.trim().toLowerCase()}`
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key])
    return await work()
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined)
    client.release()
  }
}
