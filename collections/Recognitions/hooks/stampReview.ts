import type { CollectionBeforeChangeHook } from 'payload'
import { staffOf } from '@/access/accountOf'

/**
 * Who reviewed a recognition and when come from the session: set when staff tick "Reviewed", cleared when
 * they untick it. Nobody writes them directly (the fields are closed to create and update).
 */
export const stampReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!('reviewed' in data)) return data
  const was = originalDoc?.reviewed === true
  if (data.reviewed === true && !was) {
    const staff = staffOf(req)
    return { ...data, reviewedBy: staff?.id ?? null, reviewedAt: new Date().toISOString() }
  }
  if (data.reviewed !== true && was) return { ...data, reviewedBy: null, reviewedAt: null }
  return data
}
