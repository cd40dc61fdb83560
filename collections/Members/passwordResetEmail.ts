import type { PayloadRequest } from 'payload'
import { siteUrl } from '@/lib/env/siteUrl'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { escapeHtml } from '@/lib/text/escapeHtml'

type ResetEmailArgs = { req?: PayloadRequest; token?: string; user?: { name?: string } }

const schemeNameOf = async (req?: PayloadRequest) =>
  req ? (await readSchemeSettings(req.payload, req)).schemeName : 'the scheme'

/** The reset (and invitation) email's subject, with the scheme's short name from its settings. */
export const passwordResetEmailSubject = async (args?: ResetEmailArgs) =>
  `Your ${await schemeNameOf(args?.req)} members’ area password`

/** The reset (and invitation) email for member accounts: a link to the members' area, valid one hour. */
export const passwordResetEmailHTML = async (args?: ResetEmailArgs) => {
  const link = `${siteUrl()}/reset-password?token=${encodeURIComponent(args?.token ?? '')}`
  const name = escapeHtml(args?.user?.name ?? '')
  return `<p>Hello ${name},</p>
<p>Use this link within an hour to choose a password for the ${escapeHtml(await schemeNameOf(args?.req))} members’ area:</p>
<p><a href="${link}">${link}</a></p>
<p>If you did not ask for this, you can ignore this email.</p>`
}
