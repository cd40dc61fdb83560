'use client'
import { useEffect } from 'react'
import { memberCachesToDelete } from '@/lib/offline/offlineCacheNames'
import type { ToServiceWorker } from '@/lib/offline/offlineMessages'

/** Deletes every member's stored pages from this page too: works even where the worker never installed. */
const forgetStoredPages = async () => {
  if (!('caches' in window)) return
  for (const name of memberCachesToDelete(await caches.keys(), null)) await caches.delete(name)
}

/**
 * The build files this page uses, to keep offline: those it loaded before the worker controlled it (the
 * first visit), and those the browser took from its in-memory cache without asking the worker (files shared
 * with the page before). The page's own tags list the second kind; resource timing lists lazily loaded ones.
 */
const loadedBuildFiles = () => {
  const tagged = [
    ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]'),
  ]
    .map((element) => ('src' in element ? element.src : element.href))
    .filter(Boolean)
  const timed = performance.getEntriesByType('resource').map((entry) => entry.name)
  return [...new Set([...tagged, ...timed])].filter((url) =>
    new URL(url, window.location.href).pathname.startsWith('/_next/static/'),
  )
}

/**
 * Installs the service worker (app/sw.ts) from the members' area, and tells it who is signed in on this
 * page, or that no one is: a signed-out page (sign-in, after sign-out or a suspension) deletes every member's
 * offline copies at once (docs/offline-app.md). Renders nothing.
 */
export const OfflineApp = ({ memberId, minutes }: { memberId: number | null; minutes: number }) => {
  useEffect(() => {
    if (memberId === null) void forgetStoredPages().catch(() => {})
    if (!('serviceWorker' in navigator)) return
    const tell = (worker: ServiceWorker | null | undefined, message: ToServiceWorker) =>
      worker?.postMessage(message)
    const start = () =>
      navigator.serviceWorker
        .register('/sw.js', { scope: '/' })
        .then(() => navigator.serviceWorker.ready)
        .then(({ active }) => {
          tell(
            active,
            memberId === null ? { type: 'ntars:signed-out' } : { type: 'ntars:member', memberId, minutes },
          )
          tell(active, { type: 'ntars:keep-static', urls: loadedBuildFiles() })
        })
        .catch(() => {
          // No worker (private mode, an old browser): the site works as a website, without offline copies.
        })
    // After the page has loaded: a first visit installs the worker, which fetches and parses its script,
    // and that must not compete with the page the member is waiting for (measured: /report's Lighthouse
    // performance fell from 97–99 to 89–93 with the worker registered during load).
    if (document.readyState === 'complete') void start()
    else {
      window.addEventListener('load', start, { once: true })
      return () => window.removeEventListener('load', start)
    }
  }, [memberId, minutes])
  return null
}
