import type { CollectionBeforeChangeHook } from 'payload'
import { addMonths } from '@/lib/time/addMonths'

/** The legal deadline is one calendar month from receipt; staff never type it, so it cannot drift. */
export const setResponseDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const receivedAt = data.receivedAt ?? originalDoc?.receivedAt
  if (receivedAt) data.dueAt = addMonths(new Date(receivedAt), 1).toISOString()
  if (
    (data.status === 'answered' || data.status === 'refused') &&
    !data.answeredAt &&
    !originalDoc?.answeredAt
  ) {
    data.answeredAt = new Date().toISOString()
  }
  return data
}
