/**
 * The roles of the two kinds of account. Staff (`users`) work in Payload's admin; portal accounts
 * (`members`) use the members' area. Kept in one place so access functions, fields and the UI agree.
 */
export const staffRoles = ['admin', 'scheme-manager', 'editor'] as const
export type StaffRole = (typeof staffRoles)[number]

export const memberRoles = ['member', 'business-manager', 'police', 'partner'] as const
export type MemberRole = (typeof memberRoles)[number]

/** Roles that belong to a member business (and so see that business's reports). */
export const businessRoles: readonly MemberRole[] = ['member', 'business-manager']
