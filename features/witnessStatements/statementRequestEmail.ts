import type { SchemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { escapeHtml } from '@/lib/text/escapeHtml'

/**
 * The email a reporter gets when police or the scheme ask for their witness statement: a link to the
 * members' area, nothing of the report itself (emails are not the place for what happened).
 */
export const statementRequestEmail = (facts: SchemeEmailFacts, link: string) => ({
  subject: `Please review and sign your witness statement (${facts.schemeName})`,
  html: `<p>Hello,</p>
<p>The police have asked for a witness statement about a report you made to ${escapeHtml(facts.schemeName)}.
We have drafted it from your report.</p>
<p><a href="${escapeHtml(link)}">Read your statement, correct it and sign it</a> in the members’ area.
It takes a few minutes on your phone.</p>
<p>If anything in it is wrong, change it before you sign: a signed statement can be used in court.</p>`,
})
