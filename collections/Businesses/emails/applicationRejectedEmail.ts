import type { SchemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { escapeHtml } from '@/lib/text/escapeHtml'

/** Tells the applicant their application was not accepted, and why (the reason staff gave). */
export const applicationRejectedEmail = (
  facts: SchemeEmailFacts,
  application: { contactName: string; businessName: string; reason: string },
) => {
  const reason = escapeHtml(application.reason.trim()).replace(/\r?\n/g, '<br>')
  const contact = facts.contactEmail
    ? `<p>If you have questions, email <a href="mailto:${escapeHtml(facts.contactEmail)}">${escapeHtml(facts.contactEmail)}</a>.</p>`
    : ''
  return {
    subject: `Your application to join ${facts.schemeName}`,
    html: `<p>Hello ${escapeHtml(application.contactName)},</p>
<p>Thank you for applying for <strong>${escapeHtml(application.businessName)}</strong> to join
${escapeHtml(facts.schemeName)}. We are unable to accept the application, for this reason:</p>
<blockquote>${reason}</blockquote>
${contact}`,
  }
}
