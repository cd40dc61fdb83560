import { escapeHtml } from '@/lib/text/escapeHtml'

/** The email for members with no device subscribed: as generic as the push, with a link to sign in. */
export const townAlertEmail = (place: string, schemeName: string, link: string) => ({
  subject: `${schemeName}: someone from the gallery is in town`,
  html: `<p>Someone from the gallery has been seen in town at ${escapeHtml(place)}.</p>
<p><a href="${escapeHtml(link)}">Sign in to ${escapeHtml(schemeName)} to see who</a>.</p>
<p>You get this email because no phone or computer of yours is set up for notifications. Turn them on in your account.</p>`,
})
