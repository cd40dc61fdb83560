import 'server-only'
import { headers } from 'next/headers'
import { createLocalReq, type PayloadRequest } from 'payload'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/**
 * A request to write audit entries as this account from a page or route handler, carrying the incoming
 * request's headers so the entry says where it came from (the client IP). Outside a request (scripts,
 * jobs) there are no headers and the entry has no IP.
 */
export const auditRequestFor = async (account: Account | null): Promise<PayloadRequest> => {
  const payload = await getPayloadClient()
  let incoming: Headers | undefined
  try {
    incoming = new Headers(await headers())
  } catch {
    incoming = undefined
  }
  return createLocalReq({ user: account ?? undefined, req: { headers: incoming } }, payload)
}
