import type { FlattenedField } from 'payload'

/**
 * The allowed values of the select or radio field at a dotted path of a collection's own fields (through
 * groups, named tabs and arrays; not into related collections or blocks). Null for any other field.
 */
export const selectOptionsAt = (fields: FlattenedField[], path: string): string[] | null => {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return null
  if (!rest.length) {
    if (field.type !== 'select' && field.type !== 'radio') return null
    return field.options.map((option) => (typeof option === 'string' ? option : option.value))
  }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
    return selectOptionsAt(field.flattenedFields, rest.join('.'))
  }
  return null
}
