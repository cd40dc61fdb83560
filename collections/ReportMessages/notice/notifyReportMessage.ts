import type { PayloadRequest } from 'payload'
import { relationId } from '@/access/relationId'
import { sendPushToMember } from '@/collections/PushSubscriptions/sendPushToMember'
import { schemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { siteUrl } from '@/lib/env/siteUrl'
import { referenceOf } from '@/lib/format/referenceOf'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import type { ReportMessage } from '@/payload-types'
import { messageNoticeEmail } from './messageNoticeEmail'

/** `member`: the recipient's member account, for a push to their devices (staff get email only). */
type Recipient = { email: string; link: string; member?: number }

/** Where a notice goes: the reporter for a question or CCTV request; the asker (else the scheme) for a reply. */
const recipientOf = async (req: PayloadRequest, message: ReportMessage): Promise<Recipient | null> => {
  const incidentId = relationId(message.incident) as number
  const membersLink = `${siteUrl()}/incidents/${incidentId}#conversation`
  // Addresses are read for the scheme: the reporter may not read a police account, nor police every member.
  const overrideAccess = true
  const emailOf = async (collection: 'members' | 'users', id: number) =>
    (
      await req.payload.findByID({
        collection,
        id,
        select: { email: true },
        depth: 0,
        disableErrors: true,
        overrideAccess,
        req,
      })
    )?.email ?? null
  if (message.kind !== 'reply') {
    const incident = await req.payload.findByID({
      collection: 'incidents',
      id: incidentId,
      select: { reporter: true },
      depth: 0,
      overrideAccess,
      req,
    })
    const reporter = relationId(incident.reporter)
    const email = reporter !== null ? await emailOf('members', reporter) : null
    return email && reporter !== null ? { email, link: membersLink, member: reporter } : null
  }
  const asked = await req.payload.find({
    collection: 'report-messages',
    where: { and: [{ incident: { equals: incidentId } }, { kind: { in: ['question', 'cctv-request'] } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { author: true },
    overrideAccess,
    req,
  })
  const author = asked.docs[0]?.author
  if (author && typeof author.value === 'number') {
    const email = await emailOf(author.relationTo, author.value)
    const link =
      author.relationTo === 'users' ? `${siteUrl()}/admin/collections/incidents/${incidentId}` : membersLink
    if (email) return { email, link, member: author.relationTo === 'members' ? author.value : undefined }
  }
  const { contactEmail } = await schemeEmailFacts(req.payload, req)
  return contactEmail
    ? { email: contactEmail, link: `${siteUrl()}/admin/collections/incidents/${incidentId}` }
    : null
}

/**
 * Tells the other side of a report's thread that a message waits for them: the reporter when police or staff
 * ask, the asker when the reporter answers. A member gets a push on their devices, and email when no device
 * took it; staff get email. A failed notice
 * never undoes the message (it shows on the report either way) and is logged by message id only.
 */
export const notifyReportMessage = async (req: PayloadRequest, message: ReportMessage): Promise<boolean> => {
  try {
    const recipient = await recipientOf(req, message)
    if (!recipient) return false
    const settings = await readSchemeSettings(req.payload, req)
    const reference = referenceOf(relationId(message.incident) as number, settings.referencePrefix)
    if (recipient.member !== undefined) {
      // Push first, as an urgent alert: CCTV is overwritten within days, and the question is about the
      // member's own report. Generic text only; the report page shows the message after sign-in.
      const pushed = await sendPushToMember(req, recipient.member, 'urgent', {
        title: settings.schemeName,
        body: `${message.kind === 'reply' ? 'An answer' : 'A question'} about report ${reference} is waiting for you.`,
        url: new URL(recipient.link).pathname + new URL(recipient.link).hash,
        tag: `report-message-${message.id}`,
      })
      // Email is the fallback: for a member with no device, or whose devices did not take it.
      if (pushed.delivered > 0 || pushed.inactive) return true
    }
    await req.payload.sendEmail({
      to: recipient.email,
      ...messageNoticeEmail(await schemeEmailFacts(req.payload, req), {
        kind: message.kind,
        reference,
        link: recipient.link,
      }),
    })
    return true
  } catch (error) {
    req.payload.logger.error({ msg: 'Report message notice failed', message: message.id, err: error })
    return false
  }
}
