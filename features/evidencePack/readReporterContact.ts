import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import type { ReporterContact } from './types'

/**
 * The contact details of a report's reporter, for a witness statement, read as the viewer: police and
 * scheme staff may read shop staff's accounts (collections/Members/access/readMembers). Only name, email,
 * phone and business are read.
 */
export const readReporterContact = async (
  payload: Payload,
  viewer: Account,
  reporterId: number,
): Promise<ReporterContact | null> => {
  const reporter = await payload.findByID({
    collection: 'members',
    id: reporterId,
    depth: 1,
    select: { name: true, email: true, phone: true, business: true },
    populate: { businesses: { name: true } },
    disableErrors: true,
    user: viewer,
    overrideAccess: false,
  })
  if (!reporter) return null
  const business = reporter.business && typeof reporter.business === 'object' ? reporter.business.name : null
  return { name: reporter.name, email: reporter.email, phone: reporter.phone ?? null, business }
}
