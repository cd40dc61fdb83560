/** The reference a member quotes for a report: its id, padded, with the scheme's prefix. */
export const referenceOf = (id: number) => `NT-${String(id).padStart(6, '0')}`
