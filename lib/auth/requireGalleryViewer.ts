import 'server-only'
import { redirect } from 'next/navigation'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { requireMember } from './requireMember'

/** Business staff, police and the ASB unit see the gallery; outreach never does. */
export const requireGalleryViewer = async () => {
  const member = await requireMember('member', 'business-manager', 'police', 'partner')
  if (member.role === 'partner' && member.agency !== 'asb-unit') {
    await auditMemberRefusal(member, { summary: 'Offender gallery refused to an outreach partner' })
    redirect('/members?denied=1')
  }
  return member
}
