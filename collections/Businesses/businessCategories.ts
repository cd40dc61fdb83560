export const businessCategories = [
  { label: 'Retail', value: 'retail' },
  { label: 'Food and drink', value: 'food-and-drink' },
  { label: 'Night-time economy', value: 'night-time' },
  { label: 'Services', value: 'services' },
  { label: 'Health and beauty', value: 'health-and-beauty' },
  { label: 'Leisure', value: 'leisure' },
  { label: 'Other', value: 'other' },
] as const
