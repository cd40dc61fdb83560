import type { Where } from 'payload'

/** The same test as `isOpenPoliceCase`, as a query on incidents. */
export const openPoliceCaseWhere = (closing: readonly string[]): Where => ({
  and: [
    { 'police.crimeReference': { exists: true } },
    { 'police.crimeReference': { not_equals: '' } },
    ...(closing.length
      ? [{ or: [{ 'police.outcome': { exists: false } }, { 'police.outcome': { not_in: [...closing] } }] }]
      : []),
  ],
})
