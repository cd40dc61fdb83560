/**
 * The path of a REST request below `/api`, split and percent-decoded as Payload matches it
 * (`/api/incidents/1%27` → ['incidents', "1'"]). Empty segments (`//`, a trailing `/`) are dropped. Null
 * when the path is not under `/api` or holds a malformed escape (`%zz`), which Payload would answer with a 500.
 */
export const apiSegmentsOf = (url: URL): string[] | null => {
  const [first, ...rest] = url.pathname.split('/').filter(Boolean)
  if (first !== 'api') return null
  try {
    return rest.map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}
