import 'server-only'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { isPlaceholderName } from '@/lib/format/isPlaceholderName'

/**
 * A notice as the serve page shows it, read as the viewer (access on): who it is for, the stage, dates and
 * area, and whether it has been served. Null when the viewer may not read it.
 */
export const getNoticeToServe = async (viewer: Account, id: number) => {
  const payload = await getPayloadClient()
  const notice = await payload.findByID({
    collection: 'exclusion-notices',
    id,
    depth: 1,
    populate: { offenders: { displayName: true } },
    select: {
      offender: true,
      stage: true,
      zone: true,
      startsAt: true,
      endsAt: true,
      appealFrom: true,
      service: { servedAt: true, servedByName: true, place: true, signature: true, signedDocument: true },
    },
    disableErrors: true,
    user: viewer,
    overrideAccess: false,
  })
  const profileId = relationId(notice?.offender)
  if (!notice || !profileId) return null
  const displayName = typeof notice.offender === 'object' ? notice.offender.displayName : null
  return {
    id: notice.id,
    profileId,
    name: isPlaceholderName(displayName) ? 'Name not known' : (displayName as string),
    stage: notice.stage,
    zone: notice.zone ?? '',
    startsAt: notice.startsAt,
    endsAt: notice.endsAt ?? null,
    appealFrom: notice.appealFrom ?? null,
    service: notice.service?.servedAt
      ? {
          servedAt: notice.service.servedAt,
          servedByName: notice.service.servedByName ?? '',
          place: notice.service.place ?? '',
          signature: notice.service.signature ?? null,
          hasSignedCopy: Boolean(notice.service.signedDocument),
        }
      : null,
  }
}
