import type { Client } from 'pg'

export type BroadcastState = {
  /** The listening connection while it is up; null while (re)connecting. */
  client: Client | null
  started: boolean
  /** Set by stopCacheBroadcast: no more reconnecting. */
  stopped: boolean
}

const key = Symbol.for('ntars.cacheBroadcast')
type WithState = typeof globalThis & { [key]?: BroadcastState }

/**
 * The one broadcast connection of this server process. On globalThis: instrumentation starts it, and the
 * publishing code runs in other bundles (pages, server actions, the admin's API), each with its own copy
 * of this module.
 */
export const broadcastState = (): BroadcastState => {
  const global = globalThis as WithState
  global[key] ??= { client: null, started: false, stopped: false }
  return global[key]
}
