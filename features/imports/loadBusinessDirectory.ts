import type { PayloadRequest } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { normaliseKey } from './normaliseKey'
import { RowProblem } from './RowProblem'

/**
 * The member businesses by name, read once per import as the importing staff member, so an incident's
 * Business cell ("copper kettle cafe") finds its business however it is cased or accented.
 */
export const loadBusinessDirectory = async (req: PayloadRequest, user: StaffAccount) => {
  const found = await req.payload.find({
    collection: 'businesses',
    select: { name: true },
    depth: 0,
    limit: 0,
    pagination: false,
    user,
    overrideAccess: false,
    req,
  })
  const byName = new Map<string, number[]>()
  for (const business of found.docs) {
    const key = normaliseKey(business.name)
    byName.set(key, [...(byName.get(key) ?? []), business.id])
  }
  return (name: string): number => {
    const ids = byName.get(normaliseKey(name)) ?? []
    if (ids.length === 1) return ids[0] as number
    const message = ids.length
      ? `More than one business is called "${name}": rename one in the businesses list first.`
      : `No business called "${name}": check the name against the businesses list.`
    throw new RowProblem([{ column: 'Business', message }])
  }
}
