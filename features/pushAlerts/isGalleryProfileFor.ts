import type { PayloadRequest } from 'payload'
import { galleryProfiles } from '@/collections/Offenders/access/readOffenders'

/**
 * Whether the sender may read the profile (as themselves) and it is in the gallery, so the members it is
 * sent to can see it too: an alert about a proposed or safeguarded profile would show them nothing.
 */
export const isGalleryProfileFor = async (req: PayloadRequest, offenderId: number): Promise<boolean> => {
  const readable = await req.payload.findByID({
    collection: 'offenders',
    id: offenderId,
    select: { status: true },
    depth: 0,
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  if (!readable) return false
  const inGallery = await req.payload.count({
    collection: 'offenders',
    where: { and: [{ id: { equals: offenderId } }, galleryProfiles] },
    // The gallery rule itself, whoever asks: police may not filter on the staff-only safeguarding flag.
    overrideAccess: true,
    req,
  })
  return inGallery.totalDocs > 0
}
