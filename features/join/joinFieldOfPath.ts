import type { JoinField } from './joinSchema'

const fieldsByPath: Record<string, JoinField> = {
  name: 'businessName',
  'address.line1': 'addressLine1',
  'address.line2': 'addressLine2',
  'address.postcode': 'postcode',
  category: 'category',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
}

/** The join form's field for a path in a Payload validation error on businesses, if the form has one. */
export const joinFieldOfPath = (path: string | undefined): JoinField | undefined =>
  path ? fieldsByPath[path] : undefined
