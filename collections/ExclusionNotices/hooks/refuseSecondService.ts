import { sql } from '@payloadcms/db-postgres'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { transactionOf } from '@/lib/database/transactionOf'
import type { ExclusionNotice } from '@/payload-types'

export const servedMeanwhileMessage =
  'Someone else recorded this notice as served a moment ago. Reload the page to see their service.'

/**
 * Two people recording the same service at once (two phones, or the admin and a phone) would both find the
 * notice unserved, both print a signed copy, and the second would overwrite the first's link. Recording a
 * service locks the notice's row in this update's transaction and looks again: the second waits for the
 * first to commit, then is refused, and nothing of it is written.
 */
export const refuseSecondService: CollectionBeforeChangeHook<ExclusionNotice> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !data.service?.servedAt || originalDoc?.service?.servedAt) return data
  const db = await transactionOf(req)
  const { rows } = await db.execute(
    sql`SELECT "service_served_at" FROM "exclusion_notices" WHERE "id" = ${originalDoc?.id} FOR UPDATE`,
  )
  if ((rows[0] as { service_served_at?: unknown } | undefined)?.service_served_at) {
    throw new APIError(servedMeanwhileMessage, 409, null, true)
  }
  return data
}
