import { headers } from 'next/headers'
import { clientIp } from './clientIp'

/**
 * The client IP of the Next.js request this code runs in, for audit entries written through a Local API
 * request that carries no headers (a member's sign-in through `payload.login`, a server action's
 * `createLocalReq`). Outside a request (scripts, jobs, tests) there is none.
 */
export const incomingRequestIp = async (): Promise<string | undefined> => {
  try {
    return clientIp(await headers())
  } catch {
    return undefined
  }
}
