/** Messages between the members' pages and the service worker (app/sw.ts). */
export type ToServiceWorker =
  /** The signed-in member of the page, and how long their pages may be read offline. */
  | { type: 'ntars:member'; memberId: number; minutes: number }
  /** No member is signed in on this phone: forget every member's stored pages. */
  | { type: 'ntars:signed-out' }
  /** Build files the page loaded before the worker controlled it, to keep for offline use. */
  | { type: 'ntars:keep-static'; urls: string[] }
  /** A report was queued: try sending now. */
  | { type: 'ntars:send-queue' }

export type FromServiceWorker = { type: 'ntars:queue-changed' }

export const queueSyncTag = 'ntars-report-queue'
