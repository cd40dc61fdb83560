import type { CollectionBeforeChangeHook } from 'payload'
import { memberOf } from '@/access/accountOf'

/** Who recognised the person is the signed-in member, never a value from the request. */
export const takeRecogniserFromSession: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, member: memberOf(req)?.id ?? null }
}
