import { formatDay } from '@/lib/format/formatDay'
import { escapeHtml } from '@/lib/text/escapeHtml'
import type { Bulletin, BulletinContents } from './types'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The week's bulletin as one email for every member: briefing titles (each a link into the members' area)
 * and the gallery's changes as counts. It names no one and quotes no report: an email can be forwarded,
 * and the members' area checks who is looking before it shows a profile, a business or a summary.
 */
export const bulletinEmail = (contents: BulletinContents, schemeName: string, siteUrl: string): Bulletin => {
  const { week, briefings, gallery } = contents
  const link = `${siteUrl}/members`
  const period = `${formatDay(week.from)} to ${formatDay(week.to)}`
  const subject = `${schemeName} weekly bulletin: ${period}`
  const galleryLine = `Gallery: ${plural(gallery.added, 'new profile', 'new profiles')}, ${plural(gallery.updated, 'profile updated', 'profiles updated')}, ${plural(gallery.removed, 'profile removed', 'profiles removed')}.`
  const briefingLines = briefings.map((briefing) => ({
    title: briefing.title,
    url: `${siteUrl}/briefings/${encodeURIComponent(briefing.slug)}`,
  }))
  const none = 'No briefings were published this week.'
  const text = [
    `${schemeName} weekly bulletin, ${period}.`,
    '',
    briefingLines.length ? 'Briefings published:' : none,
    ...briefingLines.map((line) => `- ${line.title}: ${line.url}`),
    '',
    galleryLine,
    '',
    `Sign in to the members' area for the details: ${link}`,
    `Please do not forward this email outside ${schemeName}. To stop it, untick it in your account.`,
  ].join('\n')
  const html = [
    `<h1>${escapeHtml(schemeName)} weekly bulletin</h1>`,
    `<p>${escapeHtml(period)}</p>`,
    briefingLines.length
      ? `<h2>Briefings published</h2><ul>${briefingLines
          .map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.title)}</a></li>`)
          .join('')}</ul>`
      : `<p>${none}</p>`,
    `<h2>Offender gallery</h2><p>${escapeHtml(galleryLine)}</p>`,
    `<p><a href="${escapeHtml(link)}">Sign in to the members’ area</a> for the details.</p>`,
    `<p>Please do not forward this email outside ${escapeHtml(schemeName)}. To stop it, untick “Weekly bulletin” in <a href="${escapeHtml(`${siteUrl}/account`)}">your account</a>.</p>`,
  ].join('')
  return { ...contents, subject, html, text, link }
}
