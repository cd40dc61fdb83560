import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { recordLabel } from '@/lib/format/recordLabel'
import type { StatementFacts } from './draftStatementBody'

/**
 * The report a statement is drafted from, read as the requester (a report they may not read is null), with
 * the witness's name from its reporter (police and staff read who reported). The collection's hook checks
 * the reporter again when the statement is made.
 */
export const readStatementFacts = async (
  payload: Payload,
  account: Account,
  incidentId: number,
): Promise<StatementFacts | null> => {
  const incident = await payload.findByID({
    collection: 'incidents',
    id: incidentId,
    depth: 1,
    populate: {
      businesses: { name: true, address: true },
      'incident-types': { label: true },
      members: { name: true },
    },
    select: {
      type: true,
      occurredAt: true,
      business: true,
      spot: true,
      description: true,
      valueLost: true,
      valueRecovered: true,
      policeCalled: true,
      unknownPersonDescription: true,
      reporter: true,
    },
    disableErrors: true,
    user: account,
    overrideAccess: false,
  })
  if (!incident) return null
  const business = typeof incident.business === 'object' ? incident.business : null
  const address = [business?.address?.line1, business?.address?.line2, business?.address?.postcode]
    .filter(Boolean)
    .join(', ')
  const reporter = typeof incident.reporter === 'object' ? incident.reporter : null
  return {
    witnessName: reporter?.name ?? '',
    businessName: business?.name ?? 'the business',
    businessAddress: address || null,
    spot: incident.spot ?? null,
    occurredAt: incident.occurredAt,
    typeLabel: recordLabel(incident.type) || 'an incident',
    description: incident.description,
    valueLost: incident.valueLost ?? null,
    valueRecovered: incident.valueRecovered ?? null,
    policeCalled: Boolean(incident.policeCalled),
    unknownPersonDescription: incident.unknownPersonDescription ?? null,
  }
}
