import Link from 'next/link'

/** The news list's own page addresses: page 1 is /news, later pages /news/page/2… (all prerendered). */
const hrefOf = (page: number) => (page <= 1 ? '/news' : `/news/page/${page}`)

export const NewsPagination = ({ page, totalPages }: { page: number; totalPages: number }) => {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="News pages" className="flex items-center justify-between gap-3 py-4">
      {page > 1 ? (
        <Link className="rounded border border-slate-400 px-4 py-2" href={hrefOf(page - 1)}>
          Newer
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link className="rounded border border-slate-400 px-4 py-2" href={hrefOf(page + 1)}>
          Older
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
