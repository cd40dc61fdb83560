import type { PayloadRequest } from 'payload'
import { relationIds } from '@/access/relationIds'
import { relationKey } from '@/access/relationKey'
import { addMonths } from '@/lib/time/addMonths'
import type { NoticeStage } from '../rules/noticeRules'
import { type NoticeSuggestion, suggestNoticeStage } from '../rules/suggestNoticeStage'
import { readNoticeRules } from './readNoticeRules'

// More reports than this in one window would be a data problem, not a person: the newest count.
const maxReports = 500

/**
 * What the rules suggest for a profile now, from its linked reports in the window and its earlier notices
 * (`exceptNotice`: the notice being edited). Reads with access overridden: the calculation is bookkeeping
 * for staff (the notice hook and the staff-only suggestion route), and its result names no other person.
 */
export const suggestionFor = async (
  req: PayloadRequest,
  offenderId: number,
  exceptNotice?: number | null,
  now: Date = new Date(),
): Promise<NoticeSuggestion> => {
  const rules = await readNoticeRules(req)
  const from = addMonths(now, -rules.windowMonths).toISOString()
  const reports = await req.payload.find({
    collection: 'incidents',
    where: {
      and: [{ offenders: { contains: offenderId } }, { occurredAt: { greater_than_equal: from } }],
    },
    select: { occurredAt: true, type: true, breachOf: true },
    sort: '-occurredAt',
    depth: 0,
    limit: maxReports,
    pagination: false,
    overrideAccess: true, // bookkeeping for staff: see above
    req,
  })
  const typeIds = [...new Set(reports.docs.map((report) => relationKey(report.type)).filter(Boolean))]
  const types = typeIds.length
    ? await req.payload.find({
        collection: 'incident-types',
        where: { id: { in: typeIds } },
        select: { label: true, meaning: true },
        depth: 0,
        limit: typeIds.length,
        pagination: false,
        overrideAccess: true, // the scheme's vocabulary, read for the calculation
        req,
      })
    : { docs: [] }
  const typeById = new Map(types.docs.map((type) => [String(type.id), type]))
  const notices = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [
        { offender: { equals: offenderId } },
        { startsAt: { greater_than_equal: from } },
        ...(exceptNotice ? [{ id: { not_equals: exceptNotice } }] : []),
      ],
    },
    select: { stage: true, startsAt: true, outcome: true },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true, // bookkeeping for staff: see above
    req,
  })
  return suggestNoticeStage(
    reports.docs.map((report) => {
      const typeId = relationKey(report.type)
      const type = typeId ? typeById.get(typeId) : undefined
      return {
        occurredAt: report.occurredAt,
        typeId,
        typeLabel: type?.label ?? typeId ?? 'Unknown type',
        meaning: type?.meaning ?? null,
        breachedExclusion: relationIds(report.breachOf).includes(offenderId),
      }
    }),
    notices.docs.map((notice) => ({
      stage: notice.stage as NoticeStage,
      startsAt: notice.startsAt,
      outcome: notice.outcome,
    })),
    rules,
    now,
  )
}
