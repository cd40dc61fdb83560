import { exclusionDates } from '@/collections/Offenders/exclusions/exclusionDates'
import type { NoticeRules, NoticeStage } from './noticeRules'

/**
 * A notice's end and appeal dates from its stage's rules: it ends `durationMonths` after its start, and may be
 * appealed `appealAfterMonths` after the later of its start and its last breach.
 */
export const noticeDates = (
  stage: NoticeStage,
  startsAt: Date,
  rules: NoticeRules,
  lastBreachAt?: Date | null,
) => exclusionDates(startsAt, rules.stages[stage], lastBreachAt)
