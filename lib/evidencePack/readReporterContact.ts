import 'server-only'
import type { Payload } from 'payload'
import type { ReporterContact } from './types'

/**
 * The contact details of a report's reporter, for a witness statement. Police may not read member
 * accounts in general (access table), so this reads one account past collection access — but only ever
 * with an id the viewer has just been given by the incidents' own field access (`readReporterField`), and
 * only from an export that `mayExportEvidencePack` allowed. Only name, email, phone and business are read.
 */
export const readReporterContact = async (
  payload: Payload,
  reporterId: number,
): Promise<ReporterContact | null> => {
  const reporter = await payload.findByID({
    collection: 'members',
    id: reporterId,
    depth: 1,
    select: { name: true, email: true, phone: true, business: true },
    populate: { businesses: { name: true } },
    disableErrors: true,
    // why: the viewer's right to this reporter comes from the incident's reporter field access, checked by
    // the caller's access-checked read; the members collection has no "reporter of a report I may read" rule.
    overrideAccess: true,
  })
  if (!reporter) return null
  const business = reporter.business && typeof reporter.business === 'object' ? reporter.business.name : null
  return { name: reporter.name, email: reporter.email, phone: reporter.phone ?? null, business }
}
