import type { SchemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { escapeHtml } from '@/lib/text/escapeHtml'

/** The confirmation an applicant gets: we have the application, staff will review it, nothing else to do. */
export const applicationReceivedEmail = (
  facts: SchemeEmailFacts,
  application: { contactName: string; businessName: string },
) => {
  const scheme = escapeHtml(facts.schemeName)
  const contact = facts.contactEmail
    ? `<p>Questions? Email <a href="mailto:${escapeHtml(facts.contactEmail)}">${escapeHtml(facts.contactEmail)}</a>.</p>`
    : ''
  return {
    subject: `We have your application to join ${facts.schemeName}`,
    html: `<p>Hello ${escapeHtml(application.contactName)},</p>
<p>Thank you for applying for <strong>${escapeHtml(application.businessName)}</strong> to join ${scheme}.</p>
<p>The scheme team will review your application and email you. When it is approved you will get a link to set
the password for the members’ area, where your staff report incidents and see the offender gallery.</p>
${contact}
<p>If you did not apply, you can ignore this email.</p>`,
  }
}
