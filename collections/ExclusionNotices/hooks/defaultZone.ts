import type { CollectionBeforeChangeHook } from 'payload'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'

/**
 * A new notice describes the exclusion area as the settings do at the time, unless staff wrote one: the
 * record keeps the zone it was given even if the settings change later. Settings without a zone leave it empty.
 */
export const defaultZone: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.zone?.trim()) return data
  const { exclusions } = await readSchemeSettings(req.payload, req)
  const zone = (exclusions as { zoneDescription?: string | null } | null | undefined)?.zoneDescription?.trim()
  return zone ? { ...data, zone } : data
}
