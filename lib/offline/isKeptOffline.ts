/**
 * The members' pages a member can read again with no signal, for a short time (docs/offline-app.md): the
 * report form, the gallery list and the profiles they opened, and the photos those pages show. Nothing
 * else of the members' area is ever stored by the service worker.
 */
export const isKeptOfflinePage = (pathname: string): boolean =>
  pathname === '/report' || pathname === '/offenders' || /^\/offenders\/\d+$/.test(pathname)

export const isKeptOfflinePhoto = (pathname: string): boolean => /^\/photos\/\d+$/.test(pathname)
