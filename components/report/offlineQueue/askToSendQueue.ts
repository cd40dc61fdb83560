import { queueSyncTag } from '@/lib/offline/offlineMessages'

type SyncRegistration = ServiceWorkerRegistration & { sync?: { register: (tag: string) => Promise<void> } }

/**
 * Asks the service worker to send the queue when the signal returns, by Background Sync where the browser
 * has it (Chromium): it then happens even if the page is closed. Elsewhere the page sends the queue itself
 * on its next open or `online` event (QueuedReports).
 */
export const askToSendQueue = async (): Promise<void> => {
  try {
    if (!('serviceWorker' in navigator)) return
    // Not `ready`: it never settles on a phone where the worker did not install.
    const registration = (await navigator.serviceWorker.getRegistration()) as SyncRegistration | undefined
    await registration?.sync?.register(queueSyncTag)
  } catch {
    // No service worker or sync refused: the page's own `online` listener still sends it.
  }
}
