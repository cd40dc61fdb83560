import type { CollectionSlug, Payload } from 'payload'

type FindArgs = Omit<Parameters<Payload['find']>[0], 'page' | 'limit' | 'pagination'>

/**
 * Every row a find returns, read page by page at the largest page a member may ask for (lib/audit/
 * memberListReadRules.ts): tests that check "every row a member sees is …" must see all of them.
 */
export const findEveryPage = async <T = Record<string, unknown>>(
  payload: Payload,
  args: FindArgs & { collection: CollectionSlug },
): Promise<T[]> => {
  const rows: T[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({ ...args, page, limit: 100 } as Parameters<Payload['find']>[0])
    rows.push(...(found.docs as T[]))
    if (!found.hasNextPage) return rows
  }
}
