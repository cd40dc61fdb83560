import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Records that belong to the account alone go with it (docs/retention.md): its document read receipts and
 * acceptances, and its devices subscribed to web push (an endpoint and keys are personal data, and a device
 * with no owner must not linger). The business's agreement date and signatory on the business record stay.
 */
export const deleteOwnRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['document-reads', 'document-acceptances', 'push-subscriptions'] as const) {
    await req.payload.delete({
      collection,
      where: { member: { equals: id } },
      req,
      overrideAccess: true, // erasure of the account's own records, already allowed by the members delete rule
    })
  }
}
