import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { incidentReportSelect } from '@/collections/Incidents/incidentReportSelect'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/**
 * One report as this member may see it, or null (not found and not allowed look the same). The police
 * outcome arrives populated: read it with relationKey and recordLabel.
 */
export const getIncident = async (member: MemberAccount, id: number) => {
  const payload = await getPayloadClient()
  return payload.findByID({
    collection: 'incidents',
    id,
    depth: 1,
    populate: {
      businesses: { name: true },
      'incident-types': { label: true },
      'police-outcomes': { label: true },
      offenders: { displayName: true },
      members: { name: true },
      evidence: { filename: true },
    },
    select: { ...incidentReportSelect, status: true },
    disableErrors: true,
    user: member,
    overrideAccess: false,
  })
}
