import type { PayloadRequest } from 'payload'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

const noticeSelect = {
  stage: true,
  startsAt: true,
  endsAt: true,
  appealFrom: true,
  lastBreachAt: true,
} as const

/**
 * Writes a profile's `exclusion` group from its notices: the running notice's stage and dates, or, when none
 * runs, stage "none" with the dates of its latest notice (so the profile still shows when the last one
 * ended), or nothing at all. Gallery badges, breach checks, retention and the reports read this mirror.
 */
export const mirrorOnProfile = async (req: PayloadRequest, offenderId: number) => {
  const latest = async (running: boolean) =>
    (
      await req.payload.find({
        collection: 'exclusion-notices',
        where: {
          and: [
            { offender: { equals: offenderId } },
            ...(running ? [{ outcome: { equals: 'running' } }] : [{ outcome: { not_equals: 'withdrawn' } }]),
          ],
        },
        select: noticeSelect,
        sort: '-startsAt',
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true, // bookkeeping: the mirror follows the notices whoever changed them
        req,
      })
    ).docs[0]
  const running = await latest(true)
  const shown = running ?? (await latest(false))
  const exclusion = {
    stage: running?.stage ?? 'none',
    startsAt: shown?.startsAt ?? null,
    endsAt: shown?.endsAt ?? null,
    appealFrom: shown?.appealFrom ?? null,
    lastBreachAt: shown?.lastBreachAt ?? null,
    currentNotice: running?.id ?? null,
  }
  const profile = await req.payload.findByID({
    collection: 'offenders',
    id: offenderId,
    select: { exclusion: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // bookkeeping, as above
    req,
  })
  if (!profile) return
  const before = profile.exclusion ?? {}
  const same = (Object.keys(exclusion) as (keyof typeof exclusion)[]).every(
    (key) => (before[key] ?? null) === exclusion[key],
  )
  if (same) return
  await withAuditSkipped(
    req,
    (context) =>
      req.payload.update({
        collection: 'offenders',
        id: offenderId,
        data: { exclusion },
        depth: 0,
        context,
        // The mirror is read-only to everyone (field access): only this hook writes it, for the notices.
        overrideAccess: true,
        req,
      }),
    { skipDuplicateCheck: true },
  )
}
