/**
 * The promise's result, or a rejection once `ms` have passed: a health check answers promptly even when
 * PostgreSQL or the disk hangs (pg has no connection timeout of its own).
 */
export const withinTime = <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
