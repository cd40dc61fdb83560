/** "AA" for "Ada Admin", "M" for "Morgan", the email's first letter when there is no name, "?" with neither. */
export const initialsOf = (name?: string | null, email?: string | null): string => {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length) {
    const first = words[0] ?? ''
    const last = words.length > 1 ? (words[words.length - 1] ?? '') : ''
    return `${Array.from(first)[0] ?? ''}${Array.from(last)[0] ?? ''}`.toLocaleUpperCase('en-GB')
  }
  return (Array.from((email ?? '').trim())[0] ?? '?').toLocaleUpperCase('en-GB')
}
