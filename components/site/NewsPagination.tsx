import { PageLinks } from '@/components/shared/PageLinks'

/** The news list's own page addresses: page 1 is /news, later pages /news/page/2… (all prerendered). */
const hrefOf = (page: number) => (page <= 1 ? '/news' : `/news/page/${page}`)

export const NewsPagination = ({ page, totalPages }: { page: number; totalPages: number }) => (
  <PageLinks
    page={page}
    totalPages={totalPages}
    hrefOf={hrefOf}
    label="News pages"
    previousLabel="Newer"
    nextLabel="Older"
  />
)
