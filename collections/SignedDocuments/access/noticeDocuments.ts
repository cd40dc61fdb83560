import type { PayloadRequest, Where } from 'payload'
import { memberWithRole } from '@/access/member'
import { galleryProfilesVia } from '@/collections/Offenders/access/readOffenders'

/**
 * Served exclusion notices follow their notice (collections/ExclusionNotices/access): police read those of
 * gallery profiles, the notices they may read and serve. Nobody else outside staff.
 */
export const noticeDocuments = (req: Pick<PayloadRequest, 'user'>): Where | false =>
  memberWithRole(req, 'police')
    ? { and: [{ kind: { equals: 'exclusion-notice' } }, galleryProfilesVia('offender.')] }
    : false
