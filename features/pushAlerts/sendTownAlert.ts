import 'server-only'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { Account } from '@/access/accountOf'
import { sendPushToMember } from '@/collections/PushSubscriptions/sendPushToMember'
import { maySendTownAlerts } from '@/collections/TownAlerts/access/sendsTownAlerts'
import { recordAudit } from '@/lib/audit/recordAudit'
import { schemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { siteUrl } from '@/lib/env/siteUrl'
import { errorMessageOf } from '@/lib/errors/errorMessageOf'
import { audienceMembers } from './audienceMembers'
import { isGalleryProfileFor } from './isGalleryProfileFor'
import { townAlertEmail } from './townAlertEmail'
import { type TownAlertInput, townAlertInputSchema } from './townAlertInputSchema'
import { townAlertMessage } from './townAlertMessage'

export type TownAlertCounts = {
  members: number
  pushed: number
  emailed: number
  skipped: number
  failed: number
}
export type SendTownAlertResult =
  | { ok: true; id: number; counts: TownAlertCounts }
  | { ok: false; message: string }

const emailFallback = async (
  req: PayloadRequest,
  memberId: number,
  email: { subject: string; html: string },
) => {
  try {
    const member = await req.payload.findByID({
      collection: 'members',
      id: memberId,
      select: { email: true },
      depth: 0,
      overrideAccess: true, // the system writing to an alert's recipient
      req,
    })
    await req.payload.sendEmail({ to: member.email, ...email })
    return true
  } catch (error) {
    req.payload.logger.error({
      msg: 'Town alert email failed',
      member: memberId,
      err: (error as Error).message,
    })
    return false
  }
}

/**
 * "In town now": police or scheme staff saw a gallery profile in town. Records the alert as the sender (the
 * collection checks the role and that they may read the profile), pushes a message that names nobody to the
 * devices of the chosen businesses' members, emails the members with no device, and audits the send with
 * the counts. See docs/push-alerts.md.
 */
export const sendTownAlert = async (
  payload: Payload,
  sender: Account | null,
  input: TownAlertInput,
  headers?: Headers,
): Promise<SendTownAlertResult> => {
  const req = await createLocalReq({ user: sender ?? undefined, req: { headers } }, payload)
  if (!sender || !maySendTownAlerts(req)) {
    return { ok: false, message: 'Only police and scheme staff send “in town now” alerts.' }
  }
  const parsed = townAlertInputSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the alert.' }
  const { offender, place, audience } = parsed.data
  if (!(await isGalleryProfileFor(req, offender))) {
    return { ok: false, message: 'Alerts are only for profiles in the members’ gallery.' }
  }
  const created = await payload
    .create({
      collection: 'town-alerts',
      data: {
        offender,
        place,
        audience: {
          kind: audience.kind,
          category: audience.kind === 'category' ? (audience.category as never) : undefined,
          area: audience.kind === 'area' ? audience.area : undefined,
        },
      },
      depth: 0,
      req,
      overrideAccess: false,
    })
    .then((alert) => ({ alert }))
    // The collection's own checks (the place names nobody, a profile the sender may link) speak for themselves.
    .catch((error: unknown) => {
      if ((error as { status?: number }).status === 400)
        return { refused: errorMessageOf(error, 'Check the alert.') }
      throw error
    })
  if ('refused' in created) return { ok: false, message: created.refused }
  const { alert } = created
  const recipients = await audienceMembers(req, audience)
  // Who it goes to is stored before anything is sent: a member who taps the notification at once must find
  // the alert theirs. Written by the system: nobody edits an alert.
  await payload.update({
    collection: 'town-alerts',
    id: alert.id,
    data: { recipients },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const { schemeName } = await schemeEmailFacts(payload, req)
  const message = townAlertMessage(alert.id, place, schemeName)
  const email = townAlertEmail(place, schemeName, new URL(message.url, siteUrl()).toString())
  const counts: TownAlertCounts = { members: recipients.length, pushed: 0, emailed: 0, skipped: 0, failed: 0 }
  for (const memberId of recipients) {
    const push = await sendPushToMember(req, memberId, 'in-town', message)
    counts.pushed += push.delivered
    counts.skipped += push.skipped
    counts.failed += push.failed
    // Email only members with no device left to push to: a member who chose quiet hours chose silence.
    if (!push.inactive && (push.devices - push.removed === 0 || push.pushOff)) {
      if (await emailFallback(req, memberId, email)) counts.emailed += 1
      else counts.failed += 1
    }
  }
  await payload.update({
    collection: 'town-alerts',
    id: alert.id,
    data: { counts },
    depth: 0,
    overrideAccess: true, // how it went, written by the system as above
    req,
  })
  await recordAudit(req, {
    action: 'create',
    summary: `Sent “in town now” alert #${alert.id} to ${recipients.length} member accounts`,
    entityCollection: 'town-alerts',
    entityId: alert.id,
    details: { offender, audience, ...counts },
  })
  return { ok: true, id: alert.id, counts }
}
