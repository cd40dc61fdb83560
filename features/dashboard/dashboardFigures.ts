import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { relationIds } from '@/access/relationIds'
import { byWeek } from '@/features/patterns/byWeek'
import { listOpenSubjectRequests } from '../subjectAccess/listOpenSubjectRequests'

const startOfMonth = (date: Date, offset = 0) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1))
const tally = <K>(keys: K[]) => {
  const counts = new Map<K, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])
}

/**
 * The staff dashboard's figures, read as the staff member: this month against last, types, the last 12
 * weeks, top businesses, most active offenders, and what is waiting for staff (subject requests by deadline).
 */
export const dashboardFigures = async (payload: Payload, staff: StaffAccount, now = new Date()) => {
  const asStaff = { user: staff, depth: 0 }
  const thisMonth = startOfMonth(now)
  const lastMonth = startOfMonth(now, -1)
  const twelveWeeksAgo = new Date(now.getTime() - 84 * 86_400_000)
  const ninetyDaysAgo = new Date(now.getTime() - 90 * 86_400_000)
  const in30Days = new Date(now.getTime() + 30 * 86_400_000)

  const [
    monthIncidents,
    lastMonthCount,
    recent,
    activity,
    proposals,
    endingSoon,
    adopted,
    applicants,
    openRequests,
  ] = await Promise.all([
    payload.find({
      collection: 'incidents',
      where: { occurredAt: { greater_than_equal: thisMonth.toISOString() } },
      select: { type: true, business: true },
      pagination: false,
      limit: 0,
      ...asStaff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'incidents',
      where: {
        and: [
          { occurredAt: { greater_than_equal: lastMonth.toISOString() } },
          { occurredAt: { less_than: thisMonth.toISOString() } },
        ],
      },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'incidents',
      where: { occurredAt: { greater_than_equal: twelveWeeksAgo.toISOString() } },
      select: { occurredAt: true, type: true },
      pagination: false,
      limit: 0,
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'incidents',
      where: {
        and: [
          { occurredAt: { greater_than_equal: ninetyDaysAgo.toISOString() } },
          { offenders: { exists: true } },
        ],
      },
      select: { offenders: true },
      pagination: false,
      limit: 0,
      ...asStaff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'offenders',
      where: { status: { equals: 'proposed' } },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'offenders',
      where: {
        and: [
          { 'exclusion.stage': { equals: 'exclusion' } },
          { 'exclusion.endsAt': { greater_than_equal: now.toISOString() } },
          { 'exclusion.endsAt': { less_than: in30Days.toISOString() } },
        ],
      },
      select: { displayName: true, exclusion: { endsAt: true } },
      sort: 'exclusion.endsAt',
      limit: 10,
      ...asStaff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'businesses',
      where: { and: [{ isAdopted: { equals: true } }, { membershipStatus: { equals: 'active' } }] },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.count({
      collection: 'businesses',
      where: { membershipStatus: { equals: 'applicant' } },
      ...asStaff,
      overrideAccess: false,
    }),
    listOpenSubjectRequests(payload, staff, now),
  ])

  const topBusinessIds = tally(relationIds(monthIncidents.docs.map((doc) => doc.business))).slice(0, 5)
  const topOffenderIds = tally(activity.docs.flatMap((doc) => relationIds(doc.offenders))).slice(0, 5)
  const [businessNames, offenderNames] = await Promise.all([
    payload.find({
      collection: 'businesses',
      where: { id: { in: topBusinessIds.map(([id]) => id) } },
      select: { name: true },
      limit: 5,
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'offenders',
      where: { id: { in: topOffenderIds.map(([id]) => id) } },
      select: { displayName: true },
      limit: 5,
      ...asStaff,
      overrideAccess: false,
    }),
  ])
  const nameOf = (docs: { id: number; name?: string | null; displayName?: string | null }[], id: number) => {
    const doc = docs.find((entry) => entry.id === id)
    return doc?.name ?? doc?.displayName ?? `#${id}`
  }

  return {
    since: { thisMonth, lastMonth, twelveWeeksAgo, ninetyDaysAgo },
    thisMonth: monthIncidents.docs.length,
    lastMonth: lastMonthCount.totalDocs,
    byType: tally(monthIncidents.docs.map((doc) => doc.type)),
    weeks: byWeek(
      recent.docs.map((doc) => ({ occurredAt: doc.occurredAt, type: doc.type, businessName: '' })),
      { weeks: 12, now },
    ),
    topBusinesses: topBusinessIds.map(([id, count]) => ({ id, count, name: nameOf(businessNames.docs, id) })),
    activeOffenders: topOffenderIds.map(([id, count]) => ({
      id,
      count,
      name: nameOf(offenderNames.docs, id),
    })),
    proposalsWaiting: proposals.totalDocs,
    exclusionsEndingSoon: endingSoon.docs.map((doc) => ({
      id: doc.id,
      name: doc.displayName ?? `#${doc.id}`,
      endsAt: doc.exclusion?.endsAt ?? null,
    })),
    adoptedShops: adopted.totalDocs,
    applicantsWaiting: applicants.totalDocs,
    openRequests,
  }
}
