import { broadcastState } from '@/lib/broadcast/broadcastState'
import { galleryCacheEnabled } from '@/lib/env/galleryCacheEnabled'
import { galleryCacheState } from './galleryCacheState'

/**
 * A gallery query's result from this instance's cache, or `read` run and its result kept. The key must be the
 * query itself (its SQL and parameters, which carry the reader's access Where), so two readers share a result
 * only when the database would have given both the same rows.
 *
 * Kept only while this instance hears the gallery's change notices (its broadcast connection is up): a
 * change anywhere, by any instance, job or script, drops the cache at its commit. A result read while a
 * change committed is not kept (the generation moved on), so nothing older than the last commit is served.
 */
export const cachedGalleryRead = async <T extends object>(
  key: string,
  read: () => Promise<T>,
): Promise<T> => {
  if (!galleryCacheEnabled()) return read()
  const state = galleryCacheState()
  const listening = broadcastState().client !== null
  if (listening) {
    const hit = state.pages.get(key)
    if (hit) return hit as T
  }
  const generation = state.generation
  const result = await read()
  if (listening && broadcastState().client !== null && state.generation === generation)
    state.pages.set(key, result)
  return result
}
