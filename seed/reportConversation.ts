import type { Payload } from 'payload'
import type { Member } from '@/payload-types'

const overrideAccess = true // seeding: the demo thread as police and the reporter would have written it

/**
 * A fictional conversation on member@'s latest report (docs/report-conversations.md): police ask for the till
 * camera's footage and the reporter answers. Written as system writes, so nobody is emailed. Only when no
 * message exists yet.
 */
export const seedReportConversation = async (
  payload: Payload,
  { member, police }: { member: Member; police: Member },
) => {
  if ((await payload.count({ collection: 'report-messages', overrideAccess })).totalDocs > 0) return
  const latest = await payload.find({
    collection: 'incidents',
    where: { reporter: { equals: member.id } },
    sort: '-occurredAt',
    limit: 1,
    depth: 0,
    select: { occurredAt: true },
    overrideAccess,
  })
  const report = latest.docs[0]
  if (!report) return
  const at = new Date(report.occurredAt)
  await payload.create({
    collection: 'report-messages',
    data: {
      incident: report.id,
      kind: 'cctv-request',
      body: 'Could you keep the till camera footage for this, and tell us which way he left?',
      cctvFrom: new Date(at.getTime() - 15 * 60_000).toISOString(),
      cctvTo: new Date(at.getTime() + 15 * 60_000).toISOString(),
      cctvPlace: 'Till camera',
      author: { relationTo: 'members', value: police.id },
      authorRole: 'police',
    },
    overrideAccess,
  })
  await payload.create({
    collection: 'report-messages',
    data: {
      incident: report.id,
      kind: 'reply',
      body: 'Yes, I have saved half an hour either side. He left towards the bus station.',
      author: { relationTo: 'members', value: member.id },
      authorRole: 'reporter',
    },
    overrideAccess,
  })
}
