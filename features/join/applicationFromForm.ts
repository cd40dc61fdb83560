import type { JoinField } from './joinSchema'

/**
 * Reads only the join form's own fields, so anything else a client adds (a membership status, an officer)
 * never reaches the schema or the database.
 */
export const applicationFromForm = (form: FormData): Record<JoinField, FormDataEntryValue | null> => ({
  businessName: form.get('businessName'),
  addressLine1: form.get('addressLine1'),
  addressLine2: form.get('addressLine2'),
  postcode: form.get('postcode'),
  category: form.get('category'),
  contactName: form.get('contactName'),
  contactEmail: form.get('contactEmail'),
  contactPhone: form.get('contactPhone'),
  agreeToTerms: form.get('agreeToTerms'),
})
