import Link from 'next/link'

type Props = {
  page: number
  totalPages: number
  hrefOf: (page: number) => string
  label?: string
  previousLabel?: string
  nextLabel?: string
}

/** Previous/next page links with "Page N of M"; the caller decides what a page's address is. */
export const PageLinks = ({
  page,
  totalPages,
  hrefOf,
  label = 'Pages',
  previousLabel = 'Previous',
  nextLabel = 'Next',
}: Props) => {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 py-4">
      {page > 1 ? (
        <Link className="rounded border border-slate-400 bg-white px-4 py-2" href={hrefOf(page - 1)}>
          {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link className="rounded border border-slate-400 bg-white px-4 py-2" href={hrefOf(page + 1)}>
          {nextLabel}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
