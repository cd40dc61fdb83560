import type { Payload, PayloadRequest } from 'payload'
import { relationIds } from '@/access/relationIds'
import { isPlaceholderName } from '@/lib/format/isPlaceholderName'
import { readStoredFile } from '@/lib/uploads/readStoredFile'
import { printableJpeg } from './printableJpeg'
import type { NoticeSubject } from './types'

/**
 * The person on a notice, read as the caller (`req.user`, access on): their name unless it is a placeholder,
 * their description, and their first profile photo. A photo the caller may not read is left out.
 */
export const readNoticeSubject = async (
  payload: Payload,
  req: PayloadRequest,
  profileId: number,
): Promise<NoticeSubject | null> => {
  const offender = await payload.findByID({
    collection: 'offenders',
    id: profileId,
    depth: 0,
    select: { displayName: true, appearance: true, photos: true },
    joins: false,
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  if (!offender) return null
  const appearance = offender.appearance ?? {}
  const description = [
    ['Age', appearance.ageRange],
    ['Height', appearance.height],
    ['Build', appearance.build],
    ['Hair', appearance.hair],
    ['Distinguishing features', appearance.distinguishingFeatures],
    ['Usual clothing', appearance.usualClothing],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
  const [photoId] = relationIds(offender.photos)
  const photo = photoId
    ? await payload.findByID({
        collection: 'evidence',
        id: photoId,
        depth: 0,
        select: { filename: true, kind: true },
        disableErrors: true,
        req,
        overrideAccess: false,
      })
    : null
  const photoJpeg =
    photo?.filename && photo.kind === 'offender-photo'
      ? await printableJpeg(await readStoredFile(payload, 'evidence', photo, photo.filename), 600)
      : null
  return {
    profileId,
    name: isPlaceholderName(offender.displayName) ? null : (offender.displayName ?? null),
    description,
    photoJpeg,
  }
}
