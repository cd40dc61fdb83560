import type { PayloadRequest, TaskConfig } from 'payload'
import { bulletinEmail } from '@/features/bulletin/bulletinEmail'
import { bulletinWeekOf } from '@/features/bulletin/bulletinWeekOf'
import { claimBulletinWeek } from '@/features/bulletin/claimBulletinWeek'
import { countGalleryChanges } from '@/features/bulletin/countGalleryChanges'
import { deliverBulletin } from '@/features/bulletin/deliverBulletin'
import { weekBriefings } from '@/features/bulletin/weekBriefings'
import { recordAudit } from '@/lib/audit/recordAudit'
import { memberRecipientAccounts } from '@/lib/email/memberRecipientAccounts'
import { siteUrl } from '@/lib/env/siteUrl'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'

/**
 * The members' weekly bulletin for the UK week before `now` (docs/weekly-bulletin.md): that week's
 * briefings and gallery changes, to every active member of an active business (and police and partners)
 * who has not turned it off. Sent once per ISO week however often the job runs (claimBulletinWeek).
 */
export const sendWeeklyBulletin = async (req: PayloadRequest, now: Date = new Date()) => {
  const week = bulletinWeekOf(now)
  const claim = await claimBulletinWeek(req, week)
  if (claim === null) return { week: week.key, sent: false, emails: 0 }
  const [briefings, gallery, recipients, settings] = await Promise.all([
    weekBriefings(req, week),
    countGalleryChanges(req, week),
    memberRecipientAccounts(req, 'all', 'weeklyBulletin'),
    readSchemeSettings(req.payload, req),
  ])
  const bulletin = bulletinEmail({ week, briefings, gallery }, settings.schemeName, siteUrl())
  let delivered = 0
  for (const member of recipients) {
    try {
      await deliverBulletin(req, member, bulletin)
      delivered += 1
    } catch (error) {
      // One bad address must not stop everyone else's bulletin; the log names the account, not the address.
      req.payload.logger.error({
        msg: 'Weekly bulletin not delivered',
        member: member.id,
        err: (error as Error).message,
      })
    }
  }
  await req.payload.update({
    collection: 'bulletin-weeks',
    id: claim,
    data: { recipients: delivered, sentAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true, // the job's own bookkeeping
    req,
  })
  await recordAudit(req, {
    action: 'create',
    summary: `Weekly bulletin for ${week.key} sent to ${delivered} members`,
    entityCollection: 'bulletin-weeks',
    entityId: claim,
    details: { week: week.key, recipients: delivered, briefings: briefings.length },
  })
  return { week: week.key, sent: true, emails: delivered }
}

export const weeklyBulletinTask: TaskConfig<'weeklyBulletin'> = {
  slug: 'weeklyBulletin',
  retries: 1,
  // Mondays at 07:00 (server time): the week just gone, before shops open.
  schedule: [{ cron: '0 0 7 * * 1', queue: 'default' }],
  handler: async ({ req }) => ({ output: await sendWeeklyBulletin(req) }),
}
