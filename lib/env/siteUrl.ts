const developmentUrl = 'http://localhost:3000'

/**
 * The public address of this install (SITE_URL), without a trailing slash: links in emails, Secure and
 * `__Host-` cookies (https only), Payload's serverURL and CSRF origin. Development falls back to
 * localhost; production refuses to build or start without it, since a silent localhost would drop Secure
 * cookies and put the wrong address in every emailed link and prerendered page.
 */
export const siteUrl = (): string => {
  const value = process.env.SITE_URL?.trim()
  if (!value) {
    if (process.env.NODE_ENV === 'production') {
      throw new Error(
        'SITE_URL must be set in production to the site’s public address, e.g. https://ntars.example.org (links in emails, Secure cookies and the API’s CSRF check depend on it).',
      )
    }
    return developmentUrl
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `SITE_URL must be a full http(s) address such as https://ntars.example.org, not "${value}".`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) address such as https://ntars.example.org, not "${value}".`)
  }
  return value.replace(/\/+$/, '')
}
