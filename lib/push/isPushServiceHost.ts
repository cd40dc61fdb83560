import { pushServiceHosts } from '@/lib/env/pushServiceHosts'

/** Whether an endpoint's host is one of the push services (an entry with a leading dot allows subdomains). */
export const isPushServiceHost = (endpoint: string): boolean => {
  let host: string
  try {
    host = new URL(endpoint).hostname.toLowerCase()
  } catch {
    return false
  }
  return pushServiceHosts().some((allowed) =>
    allowed.startsWith('.') ? host.endsWith(allowed) : host === allowed,
  )
}
