import type { Field } from 'payload'

/**
 * Vocabulary in use is retired, never deleted: a retired entry is no longer offered for new records, while
 * the records that already use it keep it and still show its label.
 */
export const retiredField: Field = {
  name: 'retired',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'No longer offered for new records. Records that already use it keep it.',
  },
}
