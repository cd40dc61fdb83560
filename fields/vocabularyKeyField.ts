import type { Field, TextFieldSingleValidation } from 'payload'

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const validateKey: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && keyPattern.test(value) && value.length <= 40
    ? true
    : 'Use lower-case letters, digits and hyphens, e.g. "fly-tipping" (at most 40 characters).'

/**
 * The record's id for scheme vocabulary (incident types, warning markers, partner agencies): a short key
 * chosen once. Reports, profiles and accounts store it, imports and exports spell it, so it never changes
 * after creation (Payload keeps a record's id; the field is also closed to updates). The label is free to
 * change. docs/vocabulary.md.
 */
export const vocabularyKeyField = (example: string): Field => ({
  name: 'id',
  label: 'Key',
  type: 'text',
  required: true,
  validate: validateKey,
  admin: {
    description: `Set once, never changed: e.g. "${example}". Records store this key, not the label.`,
  },
  access: { update: () => false },
})
