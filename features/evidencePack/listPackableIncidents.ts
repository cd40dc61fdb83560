import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { maxPackIncidents } from '@/features/evidencePack/parseIncidentIds'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { recordLabel } from '@/lib/format/recordLabel'

/** The latest incidents linked to a profile that this member may read: the choices for an evidence pack. */
export const listPackableIncidents = async (member: MemberAccount, offenderId: number) => {
  const payload = await getPayloadClient()
  const found = await payload.find({
    collection: 'incidents',
    where: { offenders: { contains: offenderId } },
    sort: '-occurredAt',
    limit: maxPackIncidents,
    depth: 1,
    populate: { 'incident-types': { label: true } },
    select: { type: true, occurredAt: true },
    user: member,
    overrideAccess: false,
  })
  return found.docs.map((doc) => ({
    id: doc.id,
    typeLabel: recordLabel(doc.type),
    occurredAt: doc.occurredAt,
  }))
}
