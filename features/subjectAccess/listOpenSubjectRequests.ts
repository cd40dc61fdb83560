import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { describeDeadline } from '@/features/subjectAccess/describeDeadline'

/**
 * Open subject requests and appeals, soonest deadline first, each with its countdown: the one-month limit
 * is a legal duty, so the dashboard shows what is late before anything else. Read as `viewer`.
 */
export const listOpenSubjectRequests = async (
  payload: Payload,
  viewer: Account,
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
    user: viewer,
    overrideAccess: false,
    // Someone who may not read requests (anyone but scheme managers) has none waiting.
    disableErrors: true,
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
