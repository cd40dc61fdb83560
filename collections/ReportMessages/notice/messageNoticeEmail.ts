import type { SchemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { escapeHtml } from '@/lib/text/escapeHtml'

export type MessageNoticeKind = 'question' | 'cctv-request' | 'reply'

const headlineOf = (kind: MessageNoticeKind, reference: string) =>
  kind === 'question'
    ? `A question about your report ${reference}`
    : kind === 'cctv-request'
      ? `A request for CCTV about your report ${reference}`
      : `An answer on report ${reference}`

/**
 * The email telling someone a message waits on a report's thread: the report's reference and a link, nothing
 * else. Never the message's words, what happened or who was involved: emails are not the place for that.
 */
export const messageNoticeEmail = (
  facts: SchemeEmailFacts,
  notice: { kind: MessageNoticeKind; reference: string; link: string },
) => {
  const headline = headlineOf(notice.kind, notice.reference)
  const action = notice.kind === 'reply' ? 'Read the answer' : 'Read it and answer in the members’ area'
  return {
    subject: `${headline} (${facts.schemeName})`,
    html: `<p>Hello,</p>
<p>${escapeHtml(headline)}.</p>
<p><a href="${escapeHtml(notice.link)}">${escapeHtml(action)}</a>.</p>
<p>${escapeHtml(facts.schemeName)}</p>`,
  }
}
