/** A link to an admin list filtered by a `where` (Payload's list view reads it from the query string). */
export const adminListUrl = (collection: string, where: Record<string, Record<string, string>>) => {
  const params = new URLSearchParams()
  for (const [field, condition] of Object.entries(where)) {
    for (const [operator, value] of Object.entries(condition))
      params.set(`where[${field}][${operator}]`, value)
  }
  return `/admin/collections/${collection}?${params.toString()}`
}
