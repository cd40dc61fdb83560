import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { describeDeadline } from '@/features/subjectAccess/describeDeadline'

/**
 * Open subject requests and appeals, soonest deadline first, each with its countdown: the one-month limit
 * is a legal duty, so the dashboard shows what is late before anything else.
 */
export const listOpenSubjectRequests = async (
  payload: Payload,
  staff: StaffAccount,
  now = new Date(),
  limit = 20,
) => {
  const open = await payload.find({
    collection: 'subject-requests',
    where: { status: { equals: 'open' } },
    select: { kind: true, subjectName: true, dueAt: true },
    sort: 'dueAt',
    depth: 0,
    limit,
    user: staff,
    overrideAccess: false,
  })
  return {
    total: open.totalDocs,
    requests: open.docs.map((request) => ({
      id: request.id,
      kind: request.kind,
      subjectName: request.subjectName,
      dueAt: request.dueAt ?? null,
      deadline: describeDeadline(request.dueAt, now),
    })),
  }
}
