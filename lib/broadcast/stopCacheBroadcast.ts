import { broadcastState } from './broadcastState'

/** Closes the broadcast connection for good (tests; a server process simply exits). */
export const stopCacheBroadcast = async (): Promise<void> => {
  const state = broadcastState()
  state.stopped = true
  state.started = false
  const client = state.client
  state.client = null
  await client?.end().catch(() => undefined)
}
