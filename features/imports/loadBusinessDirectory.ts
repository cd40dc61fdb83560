import type { PayloadRequest } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { allDocuments } from './allDocuments'
import { idsByName } from './idsByName'
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
    ...allDocuments,
    user,
    overrideAccess: false,
    req,
  })
  const byName = idsByName(found.docs.map((business) => [business.name, business.id] as const))
  return (name: string): number => {
    const ids = [...(byName.get(normaliseKey(name)) ?? [])]
    if (ids.length === 1) return ids[0] as number
    const message = ids.length
      ? `More than one business is called "${name}": rename one in the businesses list first.`
      : `No business called "${name}": check the name against the businesses list.`
    throw new RowProblem([{ column: 'Business', message }])
  }
}
