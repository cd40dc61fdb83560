import 'server-only'
import { redirect } from 'next/navigation'
import { requireMember } from './requireMember'

/** Business staff, police and the ASB unit see the gallery; outreach never does. */
export const requireGalleryViewer = async () => {
  const member = await requireMember('member', 'business-manager', 'police', 'partner')
  if (member.role === 'partner' && member.agency !== 'asb-unit') redirect('/members?denied=1')
  return member
}
