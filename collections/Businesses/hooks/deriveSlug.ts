import type { CollectionBeforeChangeHook } from 'payload'
import { slugify } from '@/lib/text/slugify'

/**
 * A stable slug from the name at creation ("-2", "-3"… when taken); renaming a business keeps its links.
 */
export const deriveSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.slug) return { ...data, slug: originalDoc.slug }
  const base = slugify(String(data.name ?? '')) || 'business'
  const taken = await req.payload.find({
    collection: 'businesses',
    where: { slug: { like: base } },
    select: { slug: true },
    depth: 0,
    limit: 500,
    pagination: false,
    // Only slugs are read, to keep them unique; the caller's create access was already checked.
    overrideAccess: true,
    req,
  })
  const used = new Set(taken.docs.map((doc) => doc.slug))
  let slug = base
  for (let suffix = 2; used.has(slug); suffix++) slug = `${base}-${suffix}`
  return { ...data, slug }
}
