import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import type { VocabularyOption } from './vocabularyOption'

/**
 * Every police outcome, retired ones too, in the scheme's order: forms offer those not retired (and keep a
 * report's current one), labels show any. Read as the caller (police outcomes' own read access).
 */
export const policeOutcomeOptions = async (user: Account): Promise<VocabularyOption[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'police-outcomes',
    sort: ['sortOrder', 'label'],
    select: { label: true, retired: true },
    depth: 0,
    limit: 200,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs.map((outcome) => ({
    value: outcome.id,
    label: outcome.label,
    retired: outcome.retired === true,
  }))
}
