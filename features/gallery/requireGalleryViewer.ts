import 'server-only'
import { seesGallery } from '@/collections/Offenders/access/seesGallery'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'

/** For the gallery and profile pages: a member who sees the gallery (offenders' own rule, seesGallery). */
export const requireGalleryViewer = () => requireMemberAllowedBy(seesGallery, 'Offender gallery')
