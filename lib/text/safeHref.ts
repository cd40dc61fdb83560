const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link target staff typed into rich text, when it is a web, email or phone address or a path on this site;
 * null for anything else (`javascript:`, `data:`, `vbscript:`…). Parsed the way browsers parse it, so tricks
 * like "java\tscript:" are caught.
 */
export const safeHref = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const href = value.trim()
  if (!href) return null
  try {
    return allowedProtocols.has(new URL(href, 'https://relative.invalid').protocol) ? href : null
  } catch {
    return null
  }
}
