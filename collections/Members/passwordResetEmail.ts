import { siteUrl } from '@/lib/env/siteUrl'
import { escapeHtml } from '@/lib/text/escapeHtml'

/** The reset (and invitation) email for member accounts: a link to the members' area, valid one hour. */
export const passwordResetEmailHTML = (args?: { token?: string; user?: { name?: string } }) => {
  const link = `${siteUrl()}/reset-password?token=${encodeURIComponent(args?.token ?? '')}`
  const name = escapeHtml(args?.user?.name ?? '')
  return `<p>Hello ${name},</p>
<p>Use this link within an hour to choose a password for the NTARS members’ area:</p>
<p><a href="${link}">${link}</a></p>
<p>If you did not ask for this, you can ignore this email.</p>`
}
