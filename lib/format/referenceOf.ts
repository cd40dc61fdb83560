/**
 * The reference a member quotes for a report: the scheme's prefix (settings, `referencePrefix`) and the
 * report's id, padded: `QS-000123`. The number is the report; the prefix only says whose scheme it is, so a
 * reference printed before a prefix change still names the same report (idOfReference).
 */
export const referenceOf = (id: number, prefix: string) => `${prefix}-${String(id).padStart(6, '0')}`
