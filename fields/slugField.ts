import type { TextField } from 'payload'
import { slugify } from '@/lib/text/slugify'

/** A unique, indexed URL slug, filled from the title when left empty. */
export const slugField = (source = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  maxLength: 100,
  admin: { position: 'sidebar', description: 'The page address. Filled from the title when empty.' },
  validate: (value: string | null | undefined) =>
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Use lower-case letters, numbers and hyphens only.',
  hooks: {
    beforeValidate: [
      ({ value, data }) =>
        typeof value === 'string' && value ? slugify(value) : slugify(String(data?.[source] ?? '')),
    ],
  },
})
