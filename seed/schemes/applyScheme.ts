import type { Payload } from 'payload'
import { applyVocabulary } from '../vocabulary/applyVocabulary'
import type { DemoScheme } from './types'

/**
 * The scheme's logo as a public media record, made once and found again by its alt text on later runs
 * (the seed is idempotent). Null for a scheme without a logo.
 */
const logoMediaId = async (payload: Payload, scheme: DemoScheme): Promise<number | null> => {
  if (!scheme.logo) return null
  const existing = await payload.find({
    collection: 'media',
    where: { alt: { equals: scheme.logo.alt } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // seeding
  })
  if (existing.docs[0]) return existing.docs[0].id
  const data = await scheme.logo.draw()
  const created = await payload.create({
    collection: 'media',
    data: { alt: scheme.logo.alt },
    file: { data, mimetype: 'image/png', name: `${scheme.key}-logo.png`, size: data.length },
    overrideAccess: true, // seeding
  })
  return created.id
}

/**
 * Makes the database one demo scheme's: its identity settings and logo (or none), and its incident types,
 * warning markers and partner agencies (seed/vocabulary/applyVocabulary.ts). Retention and
 * exclusion rules are left as they are. Existing records keep their data: report ids do not change, so
 * references printed under another prefix still find their reports (docs/scheme-identity.md).
 */
export const applyScheme = async (payload: Payload, scheme: DemoScheme) => {
  const logo = await logoMediaId(payload, scheme)
  await payload.updateGlobal({
    slug: 'scheme-settings',
    data: { ...scheme.settings, logo, icon: null },
    overrideAccess: true, // seeding
  })
  await applyVocabulary(payload, scheme.vocabulary)
}
