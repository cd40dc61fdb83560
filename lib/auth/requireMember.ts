import 'server-only'
import { redirect } from 'next/navigation'
import type { MemberRole } from '@/access/roles'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { currentMember, type SignedInMember } from './currentMember'

/**
 * For pages: the signed-in member, or a redirect to sign-in. With roles, a member of another role gets
 * a 404-like "not for you" redirect to their home rather than a page they may not see.
 */
export const requireMember = async (...roles: MemberRole[]): Promise<SignedInMember> => {
  const member = await currentMember()
  if (!member) redirect('/sign-in')
  if (roles.length && !roles.includes(member.role)) {
    await auditMemberRefusal(member, {
      summary: `Members' page refused to the ${member.role} role`,
      details: { allowedRoles: roles },
    })
    redirect('/members?denied=1')
  }
  if (member.mustChangePassword) redirect('/account/password')
  return member
}
