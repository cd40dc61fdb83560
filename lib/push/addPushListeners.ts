/// <reference lib="webworker" />
/**
 * The service worker's web push handlers (docs/push-alerts.md), added by app/sw.ts.
 *
 * A push carries only generic text and a path inside the app (never a person's name, photo or description),
 * so what shows on a lock screen names nobody. Opening the notification opens that path with `?via=push`;
 * the page itself checks the member's sign-in and access, and records the open in the audit log.
 */
type PushMessage = { title?: unknown; body?: unknown; url?: unknown; tag?: unknown }

const messageOf = (event: PushEvent): PushMessage => {
  try {
    return (event.data?.json() as PushMessage | undefined) ?? {}
  } catch {
    return {}
  }
}

export const addPushListeners = (worker: ServiceWorkerGlobalScope): void => {
  worker.addEventListener('push', (event) => {
    const message = messageOf(event)
    const title = typeof message.title === 'string' ? message.title : 'NTARS'
    const body = typeof message.body === 'string' ? message.body : 'Open NTARS to see the latest alert.'
    // Only a path inside the app: a push can never send the member to another site.
    const url =
      typeof message.url === 'string' && message.url.startsWith('/') && !message.url.startsWith('//')
        ? message.url
        : '/members'
    event.waitUntil(
      worker.registration.showNotification(title, {
        body,
        tag: typeof message.tag === 'string' ? message.tag : undefined,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        data: { url },
      }),
    )
  })

  worker.addEventListener('notificationclick', (event) => {
    event.notification.close()
    const path = (event.notification.data as { url?: string } | undefined)?.url || '/members'
    // Resolved as the browser will ("/\\evil.example" leaves the site): anything off this origin opens the
    // members' page instead.
    const resolved = new URL(path, worker.location.origin)
    const target =
      resolved.origin === worker.location.origin ? resolved : new URL('/members', worker.location.origin)
    target.searchParams.set('via', 'push')
    event.waitUntil(
      worker.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
        for (const client of windows) {
          if (new URL(client.url).origin === target.origin && 'navigate' in client) {
            await client.focus()
            await client.navigate(target.href)
            return
          }
        }
        await worker.clients.openWindow(target.href)
      }),
    )
  })
}
