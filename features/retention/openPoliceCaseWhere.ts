import type { Where } from 'payload'
import { closedPoliceOutcomes } from './openPoliceOutcomes'

/** The same test as `isOpenPoliceCase`, as a query on incidents. */
export const openPoliceCaseWhere: Where = {
  and: [
    { 'police.crimeReference': { exists: true } },
    { 'police.crimeReference': { not_equals: '' } },
    {
      or: [
        { 'police.outcome': { exists: false } },
        { 'police.outcome': { not_in: [...closedPoliceOutcomes] } },
      ],
    },
  ],
}
