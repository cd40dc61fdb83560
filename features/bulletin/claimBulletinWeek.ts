import type { PayloadRequest } from 'payload'
import type { BulletinWeek } from './bulletinWeekOf'

/**
 * Records that this week's bulletin is going out, before anything is sent. The week is unique
 * (collections/BulletinWeeks), so when the job runs twice, or on two instances at once, only one claim
 * lands: the other finds the row (or hits the unique index) and returns null, and sends nothing. A send
 * that fails half-way is not repeated: a member missing one bulletin beats everyone getting two.
 */
export const claimBulletinWeek = async (req: PayloadRequest, week: BulletinWeek): Promise<number | null> => {
  const existing = await req.payload.count({
    collection: 'bulletin-weeks',
    where: { week: { equals: week.key } },
    overrideAccess: true, // the job's own bookkeeping
    req,
  })
  if (existing.totalDocs > 0) return null
  try {
    const claim = await req.payload.create({
      collection: 'bulletin-weeks',
      data: { week: week.key, sentAt: new Date().toISOString(), recipients: 0 },
      depth: 0,
      overrideAccess: true, // the job's own bookkeeping; nobody else writes this collection
      req,
    })
    return claim.id
  } catch (error) {
    // Another run claimed the week between the count and the create (the unique index refused this one).
    req.payload.logger.info({
      msg: 'Weekly bulletin already claimed',
      week: week.key,
      err: (error as Error).message,
    })
    return null
  }
}
