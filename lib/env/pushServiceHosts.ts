/**
 * The push services a browser subscription may point at (Chrome/Edge/Android, Firefox, Windows, Safari).
 * The app POSTs to a subscription's endpoint, so an endpoint anywhere else would let a member make the server
 * call an address of their choosing. `NTARS_PUSH_SERVICE_HOSTS` (comma-separated host names; a leading dot
 * allows subdomains) replaces the list: for a new push service, or a test's local stand-in.
 */
const defaultHosts = [
  'fcm.googleapis.com',
  '.push.services.mozilla.com',
  '.notify.windows.com',
  'web.push.apple.com',
  '.push.apple.com',
]

export const pushServiceHosts = (): string[] => {
  const configured = process.env.NTARS_PUSH_SERVICE_HOSTS?.split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean)
  return configured?.length ? configured : defaultHosts
}
