import type { Payload } from 'payload'

const dayMs = 86_400_000
// The demo profiles have no reports yet when their notices are made, so the rules suggest none.
const seededReason = 'Demo history: made before the demo reports, so the rules had nothing to count.'

type Plan = 'red' | 'yellow-then-red' | 'yellow'

/**
 * A fictional notice history for a demo profile, through the Local API so the notices' hooks fill the dates,
 * retention and the profile's mirror: a running red exclusion, a running yellow warning, or an expired
 * yellow warning followed by a running red exclusion (the escalation the calculator suggests).
 */
export const seedNoticeHistory = async (payload: Payload, offenderId: number, plan: Plan, start: Date) => {
  type Fields = { stage: 'warning' | 'exclusion'; outcome: 'running' | 'expired'; startsAt: string }
  const notice = (data: Fields & { service: Record<string, string> }) =>
    payload.create({
      collection: 'exclusion-notices',
      data: { offender: offenderId, calculation: { overrideReason: seededReason }, ...data },
      depth: 0,
      context: { skipAudit: true },
      overrideAccess: true, // seeding
    })
  if (plan === 'yellow-then-red') {
    const warnedAt = new Date(start.getTime() - 200 * dayMs)
    await notice({
      stage: 'warning',
      outcome: 'expired',
      startsAt: warnedAt.toISOString(),
      service: { servedAt: warnedAt.toISOString(), servedByName: 'Scheme manager', place: 'In the shop' },
    })
  }
  await notice({
    stage: plan === 'yellow' ? 'warning' : 'exclusion',
    outcome: 'running',
    startsAt: start.toISOString(),
    service: { servedAt: start.toISOString(), servedByName: 'Scheme manager', place: 'Scheme office' },
  })
}
