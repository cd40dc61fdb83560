import type { Where } from 'payload'
import { galleryProfilesVia } from '@/collections/Offenders/access/readOffenders'

/** Notices of gallery profiles that nobody has served yet: the only notices police may write to. */
export const unservedGalleryNotices: Where = {
  and: [galleryProfilesVia('offender.'), { 'service.servedAt': { exists: false } }],
}
