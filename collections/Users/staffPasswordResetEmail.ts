import { siteUrl } from '@/lib/env/siteUrl'
import { escapeHtml } from '@/lib/text/escapeHtml'

/** The staff reset email: a link to NTARS's own reset page, which sets the password but never signs in. */
export const staffPasswordResetEmailHTML = (args?: { token?: string; user?: { name?: string } }) => {
  const link = `${siteUrl()}/staff/reset-password?token=${encodeURIComponent(args?.token ?? '')}`
  const name = escapeHtml(args?.user?.name ?? '')
  return `<p>Hello ${name},</p>
<p>Use this link within an hour to choose a new password for the NTARS admin:</p>
<p><a href="${link}">${link}</a></p>
<p>You will still need your authenticator app to sign in. If you did not ask for this, you can ignore this email.</p>`
}
