import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

/** Where a record of this collection may be used: a relationship field of another collection. */
export type RecordUse = { collection: CollectionSlug; field: string; noun: string }

/**
 * A `beforeDelete` hook refusing to delete a record that other records still point at, with a message
 * saying how many and what to do instead (`instead`, e.g. "retire it"). Deleting would otherwise blank or
 * cascade those links and change what existing records mean.
 */
export const refuseDeleteWhileUsed =
  (what: string, uses: RecordUse[], instead: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    for (const use of uses) {
      const { totalDocs } = await req.payload.count({
        collection: use.collection,
        where: { [use.field]: { equals: id } },
        // The refusal must count every use, including records the deleting user cannot open.
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) found.push(`${totalDocs} ${use.noun}${totalDocs === 1 ? '' : 's'}`)
    }
    if (found.length) {
      throw new APIError(
        `This ${what} is in use (${found.join(', ')}) and cannot be deleted: ${instead}.`,
        409,
        undefined,
        true,
      )
    }
  }
