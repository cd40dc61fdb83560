/** The VAPID public key (base64url) as the bytes pushManager.subscribe expects. */
export const applicationServerKeyOf = (base64url: string): Uint8Array<ArrayBuffer> => {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=')
  const binary = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(binary.length))
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** Whether this browser can take web push at all (iPhones only from the home screen app). */
export const browserSupportsPush = (): boolean =>
  typeof window !== 'undefined' &&
  'serviceWorker' in navigator &&
  'PushManager' in window &&
  'Notification' in window

/**
 * The app's service worker (app/sw.ts, which holds the push handlers) to subscribe through. The members'
 * layout registers it (components/offline/OfflineApp.tsx); registering it here too covers a first visit
 * that opens the account page before that registration has finished (the same script, so no conflict).
 */
export const pushServiceWorker = async (): Promise<ServiceWorkerRegistration> => {
  const existing = await navigator.serviceWorker.getRegistration('/')
  if (!existing) await navigator.serviceWorker.register('/sw.js', { scope: '/' })
  return navigator.serviceWorker.ready
}
