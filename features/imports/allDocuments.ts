/** Local API options for a directory the import reads once: every matching document, unpaged, ids not populated. */
export const allDocuments = { depth: 0, limit: 0, pagination: false } as const
