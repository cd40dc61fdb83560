import type { PayloadRequest } from 'payload'
import { sendPushToMember } from '@/collections/PushSubscriptions/sendPushToMember'
import type { MemberRecipient } from '@/lib/email/memberRecipientAccounts'
import type { Bulletin } from './types'

/**
 * Sends one member the week's bulletin. Every channel goes through here, so the job decides who and when,
 * and this decides how: the email always (it carries the bulletin), and a push nudge to the devices where
 * the member chose the digest (generic text; the devices' quiet hours hold it back).
 */
export const deliverBulletin = async (
  req: PayloadRequest,
  member: MemberRecipient,
  bulletin: Bulletin,
): Promise<void> => {
  await req.payload.sendEmail({
    to: member.email,
    subject: bulletin.subject,
    html: bulletin.html,
    text: bulletin.text,
  })
  await sendPushToMember(req, member.id, 'digest', {
    title: 'Weekly bulletin',
    body: 'This week’s members’ bulletin is ready.',
    url: '/members',
    tag: 'weekly-bulletin',
  })
}
