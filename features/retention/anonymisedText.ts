/** What an anonymised report says instead of its free text (the description is required, so never empty). */
export const anonymisedSummary = 'Anonymised report'
export const anonymisedDescription = 'Removed at the end of the retention period.'
