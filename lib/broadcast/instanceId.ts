import { randomUUID } from 'node:crypto'

const key = Symbol.for('ntars.instanceId')
type WithInstanceId = typeof globalThis & { [key]?: string }

/**
 * This server process's id, so it can skip its own broadcasts (it purged its own cache already). Kept on
 * globalThis: Next bundles instrumentation, pages and route handlers separately, each with its own copy of
 * this module, and they must agree on one id.
 */
export const instanceId = (): string => {
  const global = globalThis as WithInstanceId
  global[key] ??= randomUUID()
  return global[key]
}
