/// <reference lib="webworker" />
/**
 * The service worker (docs/offline-app.md), built by `serwist build` after `next build` (serwist.config.mjs)
 * into public/sw.js. One file on purpose: other features (web push) add their event listeners here.
 *
 * - Build files (`/_next/static/`, hashed, the same for everyone): cache first.
 * - The offline page: precached, shown for a members' page that cannot be loaded or read from the phone.
 * - The report form, the gallery list and the profiles (and their photos) a member opened: network first,
 *   a copy kept in a cache named by that member for a short time, read only while offline and only for the
 *   member the pages said is signed in. Deleted on sign-out, when the server answers "not signed in", when
 *   another member signs in, and when it is older than the scheme's limit.
 * - Any other page: network only; the offline page when there is no network.
 * - Reports queued with no signal (IndexedDB): sent on Background Sync, or when a page asks.
 * - Web push: notifications with generic text, opened at a path in the app (lib/push/addPushListeners.ts).
 * Everything else (the rest of the members' area, the admin, the API) is never touched by the worker.
 */
import { createStore, del, get, set } from 'idb-keyval'
import {
  CacheFirst,
  ExpirationPlugin,
  type PrecacheEntry,
  type RouteHandlerCallbackOptions,
  Serwist,
  type SerwistGlobalConfig,
} from 'serwist'
import { sendQueuedReports } from '@/components/report/offlineQueue/sendQueuedReports'
import { isKeptOfflinePage, isKeptOfflinePhoto } from '@/lib/offline/isKeptOffline'
import { memberCacheName, memberCachesToDelete, staticCacheName } from '@/lib/offline/offlineCacheNames'
import { offlineCopyIsFresh, storedAtHeader } from '@/lib/offline/offlineCopyIsFresh'
import { type FromServiceWorker, queueSyncTag, type ToServiceWorker } from '@/lib/offline/offlineMessages'
import { addPushListeners } from '@/lib/push/addPushListeners'

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}
declare const self: ServiceWorkerGlobalScope

const offlinePage = '/offline'

// Who the pages last said is signed in: kept in IndexedDB because the browser stops idle workers.
type SignedIn = { memberId: number; minutes: number }
const stateStore = createStore('ntars-offline-state', 'state')
const signedIn = (): Promise<SignedIn | undefined> => get<SignedIn>('member', stateStore)

/** Deletes every member's stored pages but `keep`'s (all of them when null). */
const forgetMembers = async (keep: number | null) => {
  for (const name of memberCachesToDelete(await caches.keys(), keep)) await caches.delete(name)
}

const forgetEveryone = async () => {
  await del('member', stateStore)
  await forgetMembers(null)
}

/** Deletes the copies older than the limit (they would never be shown, but must not linger on the phone). */
const sweepExpired = async (member: SignedIn) => {
  if (!(await caches.has(memberCacheName(member.memberId)))) return
  const cache = await caches.open(memberCacheName(member.memberId))
  for (const request of await cache.keys()) {
    const copy = await cache.match(request)
    if (!offlineCopyIsFresh(copy?.headers.get(storedAtHeader) ?? null, Date.now(), member.minutes))
      await cache.delete(request)
  }
}

const keepCopy = async (member: SignedIn, url: string, response: Response) => {
  const headers = new Headers(response.headers)
  headers.set(storedAtHeader, String(Date.now()))
  const body = await response.blob()
  // Signed out (or someone else signed in) while the body was read: store nothing.
  if ((await signedIn())?.memberId !== member.memberId) return
  await forgetMembers(member.memberId)
  const cache = await caches.open(memberCacheName(member.memberId))
  await cache.put(
    url,
    new Response(body, { status: response.status, statusText: response.statusText, headers }),
  )
  // The page's copy is no use offline without its scripts and styles: keep every build file it names (its
  // tags and the chunks listed in its data), including those the browser took from memory last time.
  if (headers.get('content-type')?.includes('text/html'))
    await keepStatic([...new Set((await body.text()).match(/\/_next\/static\/[^"'\s\\)]+/g) ?? [])])
}

const freshCopy = async (member: SignedIn, url: string): Promise<Response | undefined> => {
  if (!(await caches.has(memberCacheName(member.memberId)))) return undefined
  const cache = await caches.open(memberCacheName(member.memberId))
  const copy = await cache.match(url)
  if (!copy) return undefined
  if (offlineCopyIsFresh(copy.headers.get(storedAtHeader), Date.now(), member.minutes)) return copy
  await cache.delete(url)
  return undefined
}

/** The server says the member is not signed in (ended, expired or suspended session), or may not see it. */
const answersSignedOut = (response: Response) =>
  response.type === 'opaqueredirect' ||
  response.status === 401 ||
  response.status === 403 ||
  (response.redirected && new URL(response.url).pathname === '/sign-in')

/** Network first; a member's copy only when the network cannot be reached. */
const keptOffline = async ({ request, event }: RouteHandlerCallbackOptions): Promise<Response> => {
  const member = await signedIn()
  try {
    const response = await fetch(request)
    if (answersSignedOut(response)) {
      await forgetEveryone()
      return response
    }
    if (member && member.minutes > 0 && response.ok && !response.redirected)
      (event as ExtendableEvent).waitUntil(keepCopy(member, request.url, response.clone()).catch(() => {}))
    return response
  } catch {
    const copy = member ? await freshCopy(member, request.url) : undefined
    if (copy) return copy
    if (request.mode === 'navigate') return (await serwist.matchPrecache(offlinePage)) ?? Response.error()
    return Response.error()
  }
}

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: staticCacheName,
        // Next varies its files on a colour-scheme client hint the worker's own fetches may not carry; a
        // hashed build file is the same whatever the hint, so the hint must not make a stored copy miss.
        matchOptions: { ignoreVary: true },
        plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin &&
        ((request.mode === 'navigate' && isKeptOfflinePage(url.pathname)) ||
          isKeptOfflinePhoto(url.pathname)),
      handler: keptOffline,
    },
    {
      // Any other page of the site: straight to the network, and the offline page when there is none.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: async ({ request }): Promise<Response> => {
        try {
          return await fetch(request)
        } catch {
          return (await serwist.matchPrecache(offlinePage)) ?? Response.error()
        }
      },
    },
  ],
})

const tellPages = async (message: FromServiceWorker) => {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message)
}

const sendQueue = async () => {
  const { signedOut } = await sendQueuedReports()
  // The session ended (signed out elsewhere, suspended, timed out): the offline copies go now, not when
  // they expire. The queued reports stay for their writer to sign in and send.
  if (signedOut) await forgetEveryone()
  await tellPages({ type: 'ntars:queue-changed' })
}

async function keepStatic(urls: string[]) {
  const cache = await caches.open(staticCacheName)
  for (const url of urls) {
    const { origin, pathname } = new URL(url, self.location.href)
    if (origin !== self.location.origin || !pathname.startsWith('/_next/static/')) continue
    if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url).catch(() => {})
  }
}

const handleMessage = async (message: ToServiceWorker) => {
  switch (message.type) {
    case 'ntars:member': {
      const member = { memberId: message.memberId, minutes: message.minutes }
      await set('member', member, stateStore)
      await forgetMembers(member.memberId)
      await sweepExpired(member)
      return
    }
    case 'ntars:signed-out':
      return forgetEveryone()
    case 'ntars:keep-static':
      return keepStatic(message.urls)
    case 'ntars:send-queue':
      return sendQueue()
  }
}

self.addEventListener('message', (event) => {
  // Only this site's own pages can reach the worker; the check keeps it that way.
  if (event.origin && event.origin !== self.location.origin) return
  const message = event.data as ToServiceWorker | undefined
  if (message?.type?.startsWith('ntars:')) event.waitUntil(handleMessage(message).catch(() => {}))
})

self.addEventListener('sync', (event) => {
  const sync = event as ExtendableEvent & { tag: string }
  if (sync.tag === queueSyncTag) sync.waitUntil(sendQueue())
})

self.addEventListener('activate', (event) => {
  event.waitUntil(signedIn().then((member) => (member ? sweepExpired(member) : forgetMembers(null))))
})

addPushListeners(self)

serwist.addEventListeners()
