import type { PayloadRequest, TaskConfig } from 'payload'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import { memberRecipients } from '@/lib/email/memberRecipients'
import { siteUrl } from '@/lib/env/siteUrl'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { escapeHtml } from '@/lib/text/escapeHtml'

/**
 * One email a day when profiles were approved, rather than one per approval. It says how many and links
 * to the gallery; it names no one (an email can be forwarded; the gallery checks who is looking).
 */
export const sendGalleryDigest = async (req: PayloadRequest) => {
  const fresh = await req.payload.find({
    collection: 'offenders',
    where: {
      and: [
        { status: { equals: 'approved' } },
        // A safeguarded person is never in the gallery, so never news to members.
        { safeguarding: { not_equals: true } },
        { digestSentAt: { exists: false } },
        { approvedAt: { exists: true } },
      ],
    },
    select: { status: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  if (!fresh.docs.length) return { profiles: 0, emails: 0 }
  const recipients = await memberRecipients(req, 'gallery')
  const { schemeName } = await readSchemeSettings(req.payload, req)
  const count = fresh.docs.length
  const link = `${siteUrl()}/offenders`
  for (const to of recipients) {
    await req.payload.sendEmail({
      to,
      subject: `${count} new ${count === 1 ? 'profile' : 'profiles'} in the ${schemeName} gallery`,
      html: `<p>${count} new ${count === 1 ? 'profile has' : 'profiles have'} been added to the offender gallery.</p><p><a href="${link}">Sign in to see ${count === 1 ? 'it' : 'them'}</a>. Please do not forward gallery images outside ${escapeHtml(schemeName)}.</p>`,
    })
  }
  await withAuditSkipped(
    req,
    (context) =>
      req.payload.update({
        collection: 'offenders',
        where: { id: { in: fresh.docs.map((doc) => doc.id) } },
        data: { digestSentAt: new Date().toISOString() },
        depth: 0,
        context,
        overrideAccess: true, // bookkeeping of the job's own sends
        req,
      }),
    { skipDuplicateCheck: true },
  )
  return { profiles: count, emails: recipients.length }
}

export const galleryDigestTask: TaskConfig<'galleryDigest'> = {
  slug: 'galleryDigest',
  retries: 2,
  schedule: [{ cron: '0 0 8 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await sendGalleryDigest(req) }),
}
