import type { Payload, PayloadRequest } from 'payload'

/**
 * The scheme's settings (names, reference prefix, logo, icon, colour, contact, emergency guidance, retention
 * periods, exclusion rules): the one read of the scheme-settings global. The global is public (`read:
 * anyone`), so every caller reads it with access on. Depth 1 brings the logo and icon media records (public
 * too) with their addresses and alt text. Hooks and jobs pass their `req` so the read joins their
 * transaction; pages use the per-request cached getSchemeSettings.
 */
export const readSchemeSettings = (payload: Payload, req?: PayloadRequest) =>
  payload.findGlobal({ slug: 'scheme-settings', depth: 1, overrideAccess: false, ...(req ? { req } : {}) })

export type SchemeSettingsRead = Awaited<ReturnType<typeof readSchemeSettings>>
