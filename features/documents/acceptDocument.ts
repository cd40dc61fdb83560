import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { pendingAcceptances } from './pendingAcceptances'

export type AcceptResult = { ok: true } | { ok: false; message: string }

/**
 * Records that the manager's business accepts this version of the document. Only a version the business
 * still has to accept is taken (an old version, or one already accepted, gets a message and writes nothing);
 * the collection takes the manager and business from the session and re-checks the version is current.
 */
export const acceptDocument = async (
  member: MemberAccount,
  document: number,
  version: number,
): Promise<AcceptResult> => {
  const pending = await pendingAcceptances(member)
  const match = pending.find((item) => item.id === document)
  if (!match) return { ok: false, message: 'There is nothing to accept for that document.' }
  if (match.versionId !== version) {
    return { ok: false, message: `A newer version (${match.versionLabel}) is out: read and accept that one.` }
  }
  const payload = await getPayloadClient()
  await payload.create({
    collection: 'document-acceptances',
    data: { document, version },
    depth: 0,
    user: member,
    overrideAccess: false,
  })
  return { ok: true }
}
