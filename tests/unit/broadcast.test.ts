/**
 * The page-cache broadcast between app instances (lib/broadcast/): the tags another instance expires are
 * exactly the ones Next's own revalidatePath would, a message is read back as sent and anything else on
 * the channel is ignored, and expiring tags marks them in Next's tag store the way Next itself does.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { describe, expect, it } from 'vitest'
import { expirePagesLocally } from '@/lib/broadcast/expirePagesLocally'
import { implicitTagsOf } from '@/lib/broadcast/implicitTagsOf'
import { parseRevalidationMessage } from '@/lib/broadcast/parseRevalidationMessage'

// Next's request stores expect the AsyncLocalStorage its server puts on globalThis.
Object.assign(globalThis, { AsyncLocalStorage })
const { revalidatePath } = await import('next/dist/server/web/spec-extension/revalidate.js')
const { workAsyncStorage } = await import('next/dist/server/app-render/work-async-storage.external.js')

/** The tags Next's own revalidatePath records for one path, inside a stand-in for a request's store. */
const nextTagsOf = (path: string, type?: 'page' | 'layout'): string[] => {
  const store = { incrementalCache: {}, pendingRevalidatedTags: [], cacheLifeProfiles: {} } as unknown as {
    pendingRevalidatedTags: { tag: string }[]
  }
  workAsyncStorage.run(store as never, () => revalidatePath(path, type))
  return store.pendingRevalidatedTags.map((item) => item.tag)
}

describe('the page-cache broadcast', () => {
  it('expires the same tags as Next’s revalidatePath', () => {
    const cases: [string, ('page' | 'layout')?][] = [
      ['/'],
      ['/news'],
      ['/news/'],
      ['/campaigns/safer-nights'],
      ['/sitemap.xml'],
      ['/news/café-opening'],
      ['/', 'layout'],
      ['/(frontend)/campaigns/[slug]', 'page'],
      ['/index'],
    ]
    for (const [path, type] of cases) expect(implicitTagsOf(path, type), path).toEqual(nextTagsOf(path, type))
  })

  it('reads a message back and ignores anything else on the channel', () => {
    const message = { from: 'instance-a', tags: ['_N_T_/news'] }
    expect(parseRevalidationMessage(JSON.stringify(message))).toEqual(message)
    for (const other of [undefined, '', 'hello', '{"tags":["x"]}', '{"from":"a","tags":"x"}', 'null']) {
      expect(parseRevalidationMessage(other), String(other)).toBeNull()
    }
  })

  it('marks the tags expired in Next’s tag store, as Next does at the end of a publishing request', () => {
    const before = Date.now()
    expirePagesLocally(['_N_T_/support', '_N_T_/support/page'])
    expect(tagsManifest.get('_N_T_/support')?.expired).toBeGreaterThanOrEqual(before)
    expect(tagsManifest.get('_N_T_/support/page')?.expired).toBeGreaterThanOrEqual(before)
  })
})
