import type { PayloadRequest, TaskConfig } from 'payload'
import { memberRecipients } from '@/lib/email/memberRecipients'
import { siteUrl } from '@/lib/env/siteUrl'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { escapeHtml } from '@/lib/text/escapeHtml'

/** Emails a published alert briefing to every active member account, once. */
export const emailAlert = async (req: PayloadRequest, briefingId: number) => {
  const briefing = await req.payload.findByID({
    collection: 'briefings',
    id: briefingId,
    depth: 0,
    select: { title: true, slug: true, summary: true, kind: true, emailedAt: true, _status: true },
    disableErrors: true,
    overrideAccess: true, // a queued job acting for the staff member who published
    req,
  })
  if (briefing?.kind !== 'alert' || briefing._status !== 'published' || briefing.emailedAt)
    return { emails: 0 }
  const recipients = await memberRecipients(req, 'all')
  const { schemeName } = await readSchemeSettings(req.payload, req)
  const link = `${siteUrl()}/briefings/${encodeURIComponent(briefing.slug)}`
  for (const to of recipients) {
    await req.payload.sendEmail({
      to,
      subject: `${schemeName} alert: ${briefing.title}`,
      html: `<p><strong>${escapeHtml(briefing.title)}</strong></p><p>${escapeHtml(briefing.summary)}</p><p><a href="${link}">Read the alert</a></p><p>${escapeHtml(schemeName)}</p>`,
    })
  }
  await req.payload.update({
    collection: 'briefings',
    id: briefingId,
    data: { emailedAt: new Date().toISOString() },
    context: { skipAlertEmail: true },
    overrideAccess: true, // bookkeeping of the job's own send
    req,
  })
  return { emails: recipients.length }
}

export const emailAlertTask: TaskConfig<'emailAlert'> = {
  slug: 'emailAlert',
  retries: 3,
  inputSchema: [{ name: 'briefing', type: 'number', required: true }],
  handler: async ({ input, req }) => ({ output: await emailAlert(req, Number(input.briefing)) }),
}
