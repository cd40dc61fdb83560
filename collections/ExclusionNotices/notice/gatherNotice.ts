import type { Payload, PayloadRequest } from 'payload'
import { relationId } from '@/access/relationId'
import { readNoticeScheme } from './readNoticeScheme'
import { readNoticeSubject } from './readNoticeSubject'
import type { NoticeDocument } from './types'

/**
 * A notice as its reader may print it, read with `req.user`'s access (never overridden): null when the
 * reader may not read the notice or its profile. The zone is the wording saved on the notice, else the
 * scheme's current description. A served notice carries its service; `signaturePng` is the drawn
 * signature while the service is being recorded (the hook that stores the signed copy passes it).
 */
export const gatherNotice = async (
  payload: Payload,
  req: PayloadRequest,
  id: number,
  signaturePng: Uint8Array | null = null,
): Promise<NoticeDocument | null> => {
  const notice = await payload.findByID({
    collection: 'exclusion-notices',
    id,
    depth: 0,
    select: {
      offender: true,
      stage: true,
      zone: true,
      startsAt: true,
      endsAt: true,
      appealFrom: true,
      service: true,
    },
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  const profileId = relationId(notice?.offender)
  if (!notice || !profileId) return null
  const subject = await readNoticeSubject(payload, req, profileId)
  if (!subject) return null
  const { zoneDescription, ...scheme } = await readNoticeScheme(payload, req)
  const service = notice.service
  return {
    id: notice.id,
    stage: notice.stage,
    startsAt: notice.startsAt,
    endsAt: notice.endsAt ?? null,
    appealFrom: notice.appealFrom ?? null,
    zone: notice.zone || zoneDescription,
    subject,
    scheme,
    service:
      service?.servedAt && service.signature
        ? {
            servedAt: service.servedAt,
            servedByName: service.servedByName ?? '',
            place: service.place ?? '',
            signature: service.signature,
            signaturePng: service.signature === 'signed' ? signaturePng : null,
          }
        : null,
  }
}
