/** The join form's text answers, in the order the form shows them. */
export const joinFields = [
  'businessName',
  'category',
  'addressLine1',
  'addressLine2',
  'postcode',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const

/** An empty application; `trap` is the bots' honeypot, sent under its own field name. */
export const blankApplication: Record<(typeof joinFields)[number] | 'trap', string> & {
  agreeToTerms: boolean
} = {
  businessName: '',
  category: '',
  addressLine1: '',
  addressLine2: '',
  postcode: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  trap: '',
  agreeToTerms: false,
}
