import type { SchemeIdentitySettings } from '@/seed/schemes/types'

/**
 * Every trace of a scheme a page, email or PDF could show: its names, town, BID, contact details and
 * report references under its prefix. Case-sensitive on purpose: demo accounts' addresses end in
 * `ntars.test`, which is the demo data's domain, not the scheme's name.
 */
export const schemeTraces = (settings: SchemeIdentitySettings): (string | RegExp)[] => [
  settings.schemeName,
  ...(settings.schemeFullName ? [settings.schemeFullName] : []),
  settings.townName,
  settings.bidName,
  ...[settings.contact?.email, settings.contact?.phone, settings.contact?.address].filter(
    (value): value is string => Boolean(value),
  ),
  new RegExp(`\\b${settings.referencePrefix}-\\d{6}\\b`),
]

/** The traces of `settings` found in `text`, as readable strings (empty when there are none). */
export const tracesIn = (text: string, settings: SchemeIdentitySettings): string[] =>
  schemeTraces(settings)
    .filter((trace) => (typeof trace === 'string' ? text.includes(trace) : trace.test(text)))
    .map(String)
