import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'

/** Every kind of caller the access table speaks of, with the demo account that plays it. */
export const roleAccounts = {
  anonymous: null,
  member: { collection: 'members', email: 'member@ntars.test' },
  'business-manager': { collection: 'members', email: 'shopmanager@ntars.test' },
  police: { collection: 'members', email: 'police@ntars.test' },
  'partner-asb': { collection: 'members', email: 'asb@ntars.test' },
  'partner-outreach': { collection: 'members', email: 'outreach@ntars.test' },
  editor: { collection: 'users', email: 'editor@ntars.test' },
  'scheme-manager': { collection: 'users', email: 'manager@ntars.test' },
  admin: { collection: 'users', email: 'admin@ntars.test' },
} as const

export type Role = keyof typeof roleAccounts
export const roles = Object.keys(roleAccounts) as Role[]

/** Loads each demo account as Payload puts it on `req.user` (the document plus its collection). */
export const loadRoleUsers = async (payload: Payload): Promise<Record<Role, Account | null>> => {
  const users = {} as Record<Role, Account | null>
  for (const role of roles) {
    const spec = roleAccounts[role]
    if (!spec) {
      users[role] = null
      continue
    }
    const found = await payload.find({
      collection: spec.collection,
      where: { email: { equals: spec.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // test set-up: looking up the accounts the tests act as
    })
    const doc = found.docs[0]
    if (!doc) throw new Error(`Demo account ${spec.email} is missing: did the seed run?`)
    users[role] = { ...doc, collection: spec.collection } as Account
  }
  return users
}
