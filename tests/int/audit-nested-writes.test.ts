/**
 * Hooks that update a profile as bookkeeping (last incident date, breach date) skip that write's own audit
 * entry; the report that caused them must still be audit-logged (Payload shares `req.context` between
 * nested calls, so a flag left set would silence it).
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let member: MemberAccount
const overrideAccess = true // finding a fixture profile and reading the audit log back

beforeAll(async () => {
  payload = await testPayload()
  member = (await loadRoleUsers(payload)).member as MemberAccount
})

it('audit-logs a report that names a profile', async () => {
  const profile = await payload.find({
    collection: 'offenders',
    where: { and: [{ status: { equals: 'approved' } }, { safeguarding: { equals: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  const offender = profile.docs[0]
  if (!offender) throw new Error('The seed has no approved profile')
  const incident = await payload.create({
    collection: 'incidents',
    data: {
      type: 'theft',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      description: 'Took a bottle of wine and left.',
      summary: 'Took a bottle of wine',
      offenders: [offender.id],
    } as never,
    user: member,
    overrideAccess: false,
  })
  const entries = await payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { entityCollection: { equals: 'incidents' } },
        { entityId: { equals: incident.id } },
        { action: { equals: 'create' } },
      ],
    },
    depth: 0,
    overrideAccess,
  })
  expect(entries.totalDocs).toBe(1)
})

it('leaves no skip flag on the shared request after a job archives a profile or a merge rewrites one', async () => {
  const { createLocalReq } = await import('payload')
  const { archiveProfile } = await import('@/features/retention/archiveProfile')
  const profile = await payload.create({
    collection: 'offenders',
    data: { name: 'Flag Check Nobody', status: 'approved', description: 'Fictional test profile.' } as never,
    context: { skipDuplicateCheck: true },
    overrideAccess,
  })
  const req = await createLocalReq({}, payload)
  await archiveProfile(
    req,
    profile.id,
    { fromWhat: 'approval', from: new Date() } as never,
    { galleryMonths: 12 } as never,
    new Date(),
  )
  expect(req.context.skipAudit).toBeUndefined()
  expect(req.context.skipDuplicateCheck).toBeUndefined()

  const { mergeProfiles } = await import('@/collections/Offenders/duplicates/mergeProfiles')
  const duplicate = await payload.create({
    collection: 'offenders',
    data: { name: 'Flag Check Nobody Again', status: 'archived', description: 'Fictional.' } as never,
    context: { skipDuplicateCheck: true },
    overrideAccess,
  })
  const staffReq = await createLocalReq(
    { user: (await loadRoleUsers(payload))['scheme-manager'] as never },
    payload,
  )
  await mergeProfiles(staffReq, profile.id, duplicate.id)
  expect(staffReq.context.skipAudit).toBeUndefined()
  expect(staffReq.context.skipDuplicateCheck).toBeUndefined()
  await payload.delete({ collection: 'offenders', id: profile.id, overrideAccess })
})
