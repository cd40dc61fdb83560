import type { CollectionBeforeChangeHook } from 'payload'
import { addMonths } from '@/lib/time/addMonths'
import { readNoticeRules } from '../calculation/readNoticeRules'
import { noticeDates } from '../rules/noticeDates'
import type { NoticeStage } from '../rules/noticeRules'

// Dates arrive as ISO strings in more than one spelling; compare them as instants.
const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) ||
  (typeof a === 'string' && typeof b === 'string' && new Date(a).getTime() === new Date(b).getTime())

/** Whether this save sets `key` to something other than what the notice held. */
const changed = (data: Record<string, unknown>, before: Record<string, unknown> | undefined, key: string) =>
  key in data && !same(data[key], before?.[key])

/**
 * Staff choose the stage and start; the end and appeal dates follow that stage's rules in the settings unless
 * staff give them. A new start or stage recomputes the end; a breach (a later `lastBreachAt`) moves the appeal
 * date on. The notice is kept `noticeRetentionMonths` after it ends (retainUntil, for the retention job).
 */
export const fillNoticeDates: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = originalDoc as Record<string, unknown> | undefined
  const stage = (data.stage ?? before?.stage) as NoticeStage
  const startsAt = (data.startsAt ?? before?.startsAt ?? new Date().toISOString()) as string
  const endsAt = (data.endsAt !== undefined ? data.endsAt : before?.endsAt) as string | null | undefined
  const appealFrom = (data.appealFrom !== undefined ? data.appealFrom : before?.appealFrom) as
    | string
    | null
    | undefined
  const lastBreachAt = (data.lastBreachAt ?? before?.lastBreachAt ?? null) as string | null
  const restarted =
    operation === 'create' || changed(data, before, 'startsAt') || changed(data, before, 'stage')
  const breached = changed(data, before, 'lastBreachAt')
  const rules = await readNoticeRules(req)
  const dates = noticeDates(stage, new Date(startsAt), rules, lastBreachAt ? new Date(lastBreachAt) : null)
  // A date staff typed in this very save stands; otherwise the rules give it.
  const endGiven = endsAt && changed(data, before, 'endsAt')
  const appealGiven = appealFrom && changed(data, before, 'appealFrom')
  const nextEndsAt = endGiven || (!restarted && endsAt) ? endsAt : dates.endsAt.toISOString()
  const nextAppealFrom =
    appealGiven || (!restarted && !breached && appealFrom) ? appealFrom : dates.appealFrom.toISOString()
  return {
    ...data,
    startsAt,
    endsAt: nextEndsAt,
    appealFrom: nextAppealFrom,
    retainUntil: nextEndsAt ? addMonths(new Date(nextEndsAt), rules.retentionMonths).toISOString() : null,
  }
}
