import type { MemberRole } from '@/access/roles'

/** Who a document is published to. "All members" reaches every members' area account. */
export const documentAudiences = [
  { label: 'All members', value: 'all-members' },
  { label: 'Business managers', value: 'business-managers' },
  { label: 'Police', value: 'police' },
  { label: 'Partners', value: 'partners' },
] as const

export type DocumentAudience = (typeof documentAudiences)[number]['value']

const ownAudience: Record<MemberRole, DocumentAudience | null> = {
  member: null,
  'business-manager': 'business-managers',
  police: 'police',
  partner: 'partners',
}

/**
 * The audiences a member role belongs to: everyone is in "all members", and business managers, police and
 * partners are also in their own. A business manager is not in "police", a member only in "all members".
 */
export const audiencesOfRole = (role: MemberRole): DocumentAudience[] => {
  const own = ownAudience[role]
  return own ? ['all-members', own] : ['all-members']
}

/** The member roles a set of audiences reaches: the inverse of `audiencesOfRole`. */
export const rolesInAudiences = (audiences: readonly string[]): MemberRole[] => {
  const roles: MemberRole[] = ['member', 'business-manager', 'police', 'partner']
  return roles.filter((role) => audiencesOfRole(role).some((audience) => audiences.includes(audience)))
}
