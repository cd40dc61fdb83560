import Link from 'next/link'

/** Previous/next links that keep the other search parameters. */
export const Pagination = ({
  page,
  totalPages,
  params,
}: {
  page: number
  totalPages: number
  params: Record<string, string | undefined>
}) => {
  if (totalPages <= 1) return null
  const href = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    )
    return `?${query.toString()}`
  }
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 py-4">
      {page > 1 ? (
        <Link className="rounded border border-slate-400 bg-white px-4 py-2" href={href(page - 1)}>
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link className="rounded border border-slate-400 bg-white px-4 py-2" href={href(page + 1)}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
