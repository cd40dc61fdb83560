import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import type { VocabularyOption } from './vocabularyOption'

/** Every warning marker, retired ones too (profiles keep them), read as the caller. */
export const warningMarkerOptions = async (user: Account): Promise<VocabularyOption[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'warning-markers',
    sort: 'label',
    select: { label: true, retired: true },
    depth: 0,
    limit: 200,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs.map((marker) => ({ value: marker.id, label: marker.label, retired: marker.retired === true }))
}
