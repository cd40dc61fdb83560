import type { Payload } from 'payload'
import type { Member, User } from '@/payload-types'

export const demoDomain = 'ntars.test'

type StaffSeed = Pick<User, 'email' | 'name' | 'roles'>
type MemberSeed = Pick<Member, 'email' | 'name' | 'role'> &
  Partial<Pick<Member, 'business' | 'force' | 'collarNumber' | 'agency'>>

/** Creates the staff account, or resets its name, roles and password to the demo values. */
export const upsertStaff = async (payload: Payload, seed: StaffSeed, password: string): Promise<User> => {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: seed.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // seeding: no user exists yet to act as
  })
  const current = existing.docs[0]
  if (current) {
    return payload.update({
      collection: 'users',
      id: current.id,
      data: { ...seed, password },
      overrideAccess: true,
    })
  }
  return payload.create({ collection: 'users', data: { ...seed, password }, overrideAccess: true })
}

/** Creates the member account, or resets it to the demo values (and unlocks it). */
export const upsertMember = async (payload: Payload, seed: MemberSeed, password: string): Promise<Member> => {
  const existing = await payload.find({
    collection: 'members',
    where: { email: { equals: seed.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // seeding
  })
  const current = existing.docs[0]
  const data = { accountStatus: 'active' as const, ...seed, password, loginAttempts: 0, lockUntil: null }
  if (current) {
    return payload.update({ collection: 'members', id: current.id, data, overrideAccess: true })
  }
  return payload.create({ collection: 'members', data, overrideAccess: true })
}
