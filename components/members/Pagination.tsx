import { PageLinks } from '@/components/shared/PageLinks'

/** Page links for members' lists, keeping the other search parameters in the query string. */
export const Pagination = ({
  page,
  totalPages,
  params,
}: {
  page: number
  totalPages: number
  params: Record<string, string | undefined>
}) => {
  const hrefOf = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(target) }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    )
    return `?${query.toString()}`
  }
  return <PageLinks page={page} totalPages={totalPages} hrefOf={hrefOf} />
}
