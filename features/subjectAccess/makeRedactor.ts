import type { ThirdParty } from './gatherThirdParties'
import { redactedLabels } from './gatherThirdParties'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Contact details and addresses of anyone, even people the scheme has no record of.
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
const phonePattern = /(?<![\p{L}\p{N}])(?:\+44\s?\(?0?\)?\s?|0)\d(?:[\s-]?\d){8,9}(?![\p{L}\p{N}])/gu
const ipv4Pattern = /(?<![\p{N}.])(?:\d{1,3}\.){3}\d{1,3}(?![\p{N}.])/gu
// Full-form IPv6 only: shorter colon groups would catch times of day ("10:15:00").
const ipv6Pattern = /(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){5,7}[0-9a-f]{1,4}(?![\p{L}\p{N}:])/giu

/**
 * A function that takes third parties out of free text: their names (whole words, any case, longest
 * first so "Ann Lee-Smith" goes before "Ann Lee"), then any email address, UK phone number or IP address.
 */
export const makeRedactor = (parties: ThirdParty[]): ((text: string | null | undefined) => string) => {
  const byText = new Map<string, string>()
  for (const party of [...parties].sort((a, b) => b.text.length - a.text.length)) {
    const key = party.text.toLocaleLowerCase('en-GB')
    if (!byText.has(key)) byText.set(key, party.replacement)
  }
  const namePattern = byText.size
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...byText.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : null
  return (text) => {
    if (!text) return ''
    let result = text
    if (namePattern)
      result = result.replace(
        namePattern,
        (match) => byText.get(match.toLocaleLowerCase('en-GB')) ?? redactedLabels.otherPerson,
      )
    return result
      .replace(emailPattern, redactedLabels.email)
      .replace(phonePattern, redactedLabels.phone)
      .replace(ipv4Pattern, '[address removed]')
      .replace(ipv6Pattern, '[address removed]')
  }
}
