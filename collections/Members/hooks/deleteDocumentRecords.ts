import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A member's document read receipts and acceptances are kept while the account exists and go with it
 * (docs/retention.md). The business's agreement date and signatory on the business record stay.
 */
export const deleteDocumentRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['document-reads', 'document-acceptances'] as const) {
    await req.payload.delete({
      collection,
      where: { member: { equals: id } },
      req,
      overrideAccess: true, // erasure of the account's own records, already allowed by the members delete rule
    })
  }
}
