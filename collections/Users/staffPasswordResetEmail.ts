import type { PayloadRequest } from 'payload'
import { siteUrl } from '@/lib/env/siteUrl'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { escapeHtml } from '@/lib/text/escapeHtml'

type ResetEmailArgs = { req?: PayloadRequest; token?: string; user?: { name?: string } }

const schemeNameOf = async (req?: PayloadRequest) =>
  req ? (await readSchemeSettings(req.payload, req)).schemeName : 'the scheme'

/** The staff reset email's subject, with the scheme's short name from its settings. */
export const staffPasswordResetEmailSubject = async (args?: ResetEmailArgs) =>
  `Your ${await schemeNameOf(args?.req)} admin password`

/** The staff reset email: a link to our own reset page, which sets the password but never signs in. */
export const staffPasswordResetEmailHTML = async (args?: ResetEmailArgs) => {
  const link = `${siteUrl()}/staff/reset-password?token=${encodeURIComponent(args?.token ?? '')}`
  const name = escapeHtml(args?.user?.name ?? '')
  return `<p>Hello ${name},</p>
<p>Use this link within an hour to choose a new password for the ${escapeHtml(await schemeNameOf(args?.req))} admin:</p>
<p><a href="${link}">${link}</a></p>
<p>You will still need your authenticator app to sign in. If you did not ask for this, you can ignore this email.</p>`
}
