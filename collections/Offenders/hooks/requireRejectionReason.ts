import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

/** Rejecting a proposal needs a reason, kept for the proposer's questions and the audit. */
export const requireRejectionReason: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const status = data.status ?? originalDoc?.status
  const reason = data.rejectionReason ?? originalDoc?.rejectionReason
  if (status === 'rejected' && !String(reason ?? '').trim()) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'Give a reason for rejecting this entry.', path: 'rejectionReason' }],
      req,
    })
  }
  return data
}
