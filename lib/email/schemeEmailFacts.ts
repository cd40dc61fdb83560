import type { Payload, PayloadRequest } from 'payload'

export type SchemeEmailFacts = { schemeName: string; contactEmail: string | null }

/**
 * The scheme's name and contact address for emails, read as the public would (the settings are public).
 * Pass `req` from a hook so the read joins its transaction.
 */
export const schemeEmailFacts = async (payload: Payload, req?: PayloadRequest): Promise<SchemeEmailFacts> => {
  const settings = await payload.findGlobal({
    slug: 'scheme-settings',
    depth: 0,
    select: { schemeName: true, contact: true },
    overrideAccess: false,
    ...(req ? { req } : {}),
  })
  return { schemeName: settings.schemeName || 'NTARS', contactEmail: settings.contact?.email ?? null }
}
