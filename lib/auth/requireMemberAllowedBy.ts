import 'server-only'
import { redirect } from 'next/navigation'
import type { Payload, PayloadRequest } from 'payload'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { currentMember, type SignedInMember } from './currentMember'
import { requireMember } from './requireMember'

/**
 * For pages: the signed-in member whom `rule` admits (the collection's own rule, asked of this member, so
 * the page and the access function cannot disagree). A member it refuses is audit-logged and sent to their
 * home, as requireMember does for a role; signed-out visitors and forced password changes go where
 * requireMember sends them.
 */
export const requireMemberAllowedBy = async (
  rule: (req: Pick<PayloadRequest, 'user'> & { payload: Payload }) => boolean | Promise<boolean>,
  page: string,
): Promise<SignedInMember> => {
  const member = await currentMember()
  if (member && !(await rule({ user: member, payload: await getPayloadClient() }))) {
    await auditMemberRefusal(member, {
      summary: `${page} refused to the ${member.role} role`,
      details: member.agency ? { agency: member.agency } : undefined,
    })
    redirect('/members?denied=1')
  }
  return requireMember()
}
