import type { Payload, PayloadRequest } from 'payload'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'

export type SchemeEmailFacts = { schemeName: string; contactEmail: string | null }

/** The scheme's name and contact address for emails. Pass `req` from a hook so the read joins its transaction. */
export const schemeEmailFacts = async (payload: Payload, req?: PayloadRequest): Promise<SchemeEmailFacts> => {
  const settings = await readSchemeSettings(payload, req)
  return { schemeName: settings.schemeName, contactEmail: settings.contact?.email ?? null }
}
