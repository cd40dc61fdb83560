import type { Payload } from 'payload'
import sharp from 'sharp'
import { noticeSignatureContext } from '@/collections/ExclusionNotices/notice/noticeSignatureContext'
import type { User } from '@/payload-types'

const dayMs = 86_400_000
// The demo profiles have no reports yet when their notices are made, so the rules suggest none.
const seededReason = 'Demo history: made before the demo reports, so the rules had nothing to count.'

type Plan = 'red' | 'yellow-then-red' | 'yellow'

/** A scribble standing in for a drawn signature (fictional, like all demo data). */
const demoSignature = () =>
  sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120"><rect width="360" height="120" fill="#fff"/>' +
        '<path d="M20 80 C60 20, 90 110, 130 60 S200 30, 230 75 S300 90, 340 40" stroke="#111827" stroke-width="4" fill="none"/></svg>',
    ),
  )
    .png()
    .toBuffer()

/** The scheme manager who serves the demo notices, so each gets its printed, signed copy as in real use. */
const demoServer = async (payload: Payload): Promise<User | null> => {
  const found = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'scheme-manager' } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // seeding: finding the demo account to act as
  })
  return found.docs[0] ?? null
}

/**
 * A fictional notice history for a demo profile, through the Local API so the notices' hooks fill the dates,
 * retention, the profile's mirror and the served copy: a running red exclusion, a running yellow warning, or
 * an expired yellow warning followed by a running red exclusion (the escalation the calculator suggests).
 * Served by the demo scheme manager (stamped by the notice's own hook) with a drawn or refused signature;
 * with no scheme manager (the scale seed) the notices are left unserved.
 */
export const seedNoticeHistory = async (payload: Payload, offenderId: number, plan: Plan, start: Date) => {
  const server = await demoServer(payload)
  const signature = await demoSignature()
  type Fields = { stage: 'warning' | 'exclusion'; outcome: 'running' | 'expired'; startsAt: string }
  const notice = (data: Fields, place: string, signed: boolean) =>
    payload.create({
      collection: 'exclusion-notices',
      data: {
        offender: offenderId,
        calculation: { overrideReason: seededReason },
        ...data,
        ...(server
          ? { service: { servedAt: data.startsAt, place, signature: signed ? 'signed' : 'refused' } }
          : {}),
      },
      depth: 0,
      context: { skipAudit: true, ...(signed ? { [noticeSignatureContext]: signature } : {}) },
      ...(server ? { user: { ...server, collection: 'users' as const } } : {}),
      overrideAccess: true, // seeding, as the demo scheme manager
    })
  if (plan === 'yellow-then-red') {
    const warnedAt = new Date(start.getTime() - 200 * dayMs)
    await notice(
      { stage: 'warning', outcome: 'expired', startsAt: warnedAt.toISOString() },
      'In the shop',
      false,
    )
  }
  await notice(
    { stage: plan === 'yellow' ? 'warning' : 'exclusion', outcome: 'running', startsAt: start.toISOString() },
    'Scheme office',
    true,
  )
}
