import 'server-only'
import type { Payload } from 'payload'

/** The account with its stored sessions, or null when it no longer exists. */
export const memberWithSessions = (payload: Payload, memberId: number) =>
  payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    disableErrors: true,
    // Server code ending an account's sign-ins (sign-out, password change, a refused sign-in): often nobody
    // is signed in to read as, and only the account itself may read its sessions.
    overrideAccess: true,
  })
