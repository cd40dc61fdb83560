import type { SchemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { setPasswordLink } from '@/lib/email/setPasswordLink'
import { siteUrl } from '@/lib/env/siteUrl'
import { escapeHtml } from '@/lib/text/escapeHtml'

/**
 * Tells the applicant their business is in and, when an account was made for them, gives the link to set
 * its password. The link lasts an hour (the members' reset expiry), so the email says how to get another.
 */
export const applicationApprovedEmail = (
  facts: SchemeEmailFacts,
  application: { contactName: string; businessName: string; setPasswordToken: string | null },
) => {
  const forgotten = `${siteUrl()}/forgot-password`
  const account = application.setPasswordToken
    ? `<p>You are the business manager for your business in the members’ area, where you and your staff report
incidents and see the offender gallery. Choose your password here (the link works for an hour):</p>
<p><a href="${setPasswordLink(application.setPasswordToken)}">${setPasswordLink(application.setPasswordToken)}</a></p>
<p>If the link has expired, ask for a new one at <a href="${forgotten}">${forgotten}</a> with this email address.
Once signed in you can invite your staff.</p>`
    : `<p>You already have a members’ area account with this email address. If it is not yet linked to this
business, ask the scheme team to link it.</p>`
  return {
    subject: `${application.businessName} has joined ${facts.schemeName}`,
    html: `<p>Hello ${escapeHtml(application.contactName)},</p>
<p>Your application for <strong>${escapeHtml(application.businessName)}</strong> to join
${escapeHtml(facts.schemeName)} has been approved.</p>
${account}`,
  }
}
