import type { PayloadRequest } from 'payload'

/**
 * True only while Payload's first-register creates the very first staff account of an empty install (the
 * admin's "create first user"): the request is that endpoint and, inside its transaction, the account just
 * made is the only one. Payload itself refuses first-register as soon as any staff account exists.
 */
export const isFirstAccountRegistration = async (req: PayloadRequest): Promise<boolean> => {
  if (req.payloadAPI !== 'REST' || !req.url) return false
  if (!new URL(req.url, 'http://localhost').pathname.endsWith('/users/first-register')) return false
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    req,
    // Counting every staff account is the point: nobody is signed in yet on an empty install.
    overrideAccess: true,
  })
  return totalDocs === 1
}
