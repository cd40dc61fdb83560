import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import type { ReportTypeOption } from './vocabularyOption'

/** The types a new report may take (not retired), in the scheme's order, read as the member filing it. */
export const reportTypeOptions = async (user: Account): Promise<ReportTypeOption[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'incident-types',
    where: { retired: { equals: false } },
    sort: ['sortOrder', 'label'],
    select: { label: true, meaning: true, asksValue: true },
    depth: 0,
    limit: 200,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return docs.map((type) => ({
    value: type.id,
    label: type.label,
    welfare: type.meaning === 'welfare',
    asksValue: type.asksValue !== false,
  }))
}
