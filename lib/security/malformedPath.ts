/** What a client is told when its URL's path cannot be decoded (a lone `%`, `%zz`, a cut UTF-8 sequence). */
export const malformedPathMessage =
  'The address holds broken percent-encoding (such as a lone "%"); check the link and try again.'

/**
 * True when the path's percent-encoding is broken. Next decodes route parameters itself and answers such a
 * path with a 500 and an error page; the proxy answers it first with a 400 that says what is wrong.
 */
export const isMalformedPath = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}
