import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'

/** Warning marker labels by key, read as the exporter (warning markers' own read access). */
export const readWarningMarkerLabels = async (
  payload: Payload,
  viewer: Account,
): Promise<Map<string, string>> => {
  const { docs } = await payload.find({
    collection: 'warning-markers',
    select: { label: true },
    depth: 0,
    limit: 500,
    pagination: false,
    disableErrors: true,
    user: viewer,
    overrideAccess: false,
  })
  return new Map(docs.map((marker) => [marker.id, marker.label]))
}
