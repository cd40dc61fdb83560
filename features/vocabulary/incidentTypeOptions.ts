import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import type { VocabularyOption } from './vocabularyOption'

/**
 * Every incident type, retired ones too, in the scheme's order: the labels of existing reports and the
 * filters over them. Read as the caller (incident types' own read access).
 */
export const incidentTypeOptions = async (user: Account): Promise<VocabularyOption[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'incident-types',
    sort: ['sortOrder', 'label'],
    select: { label: true, retired: true },
    depth: 0,
    limit: 200,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs.map((type) => ({ value: type.id, label: type.label, retired: type.retired === true }))
}
