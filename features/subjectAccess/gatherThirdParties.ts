import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { normaliseName } from '@/collections/Offenders/duplicates/normaliseName'
import type { ExclusionNotice, Offender } from '@/payload-types'

/** A piece of text that identifies someone other than the subject, and what the export says instead. */
export type ThirdParty = { text: string; replacement: string }

export const redactedLabels = {
  member: 'a scheme member',
  staff: 'a member of staff',
  otherPerson: 'another person',
  email: '[email removed]',
  phone: '[phone number removed]',
} as const

const namesOfProfile = (profile: Pick<Offender, 'displayName' | 'firstName' | 'lastName' | 'aliases'>) => [
  profile.displayName,
  [profile.firstName, profile.lastName].filter(Boolean).join(' '),
  ...(profile.aliases ?? []).map((entry) => entry.alias),
]

/**
 * Every name, email and phone number the scheme knows that belongs to someone other than the subject:
 * all members, all staff and every other profile. Free text (a report's description, a recognition note)
 * can mention any of them, not only the people linked to the subject's records, so all are searched for.
 * A name the subject also uses is left alone: removing it would hide the subject's own data.
 */
export const gatherThirdParties = async (
  payload: Payload,
  staff: StaffAccount,
  subjectProfiles: Offender[],
  notices: Pick<ExclusionNotice, 'service'>[] = [],
): Promise<ThirdParty[]> => {
  const asStaff = { user: staff, depth: 0, pagination: false, limit: 0 } as const
  const subjectIds = subjectProfiles.map((profile) => profile.id)
  const [members, users, others] = await Promise.all([
    payload.find({
      collection: 'members',
      select: { name: true, email: true, phone: true },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'users',
      select: { name: true, email: true },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'offenders',
      where: { id: { not_in: subjectIds } },
      select: { displayName: true, firstName: true, lastName: true, aliases: true },
      joins: false,
      ...asStaff,
      overrideAccess: false,
    }),
  ])

  const subjectNames = new Set(
    subjectProfiles.flatMap((profile) =>
      [...namesOfProfile(profile), profile.firstName, profile.lastName].map(normaliseName),
    ),
  )
  const parties: ThirdParty[] = []
  const add = (text: string | null | undefined, replacement: string) => {
    const trimmed = text?.trim()
    if (!trimmed || trimmed.length < 3) return
    if (subjectNames.has(normaliseName(trimmed))) return
    parties.push({ text: trimmed, replacement })
  }
  for (const member of members.docs) {
    add(member.name, redactedLabels.member)
    add(member.email, redactedLabels.email)
    add(member.phone, redactedLabels.phone)
  }
  for (const user of users.docs) {
    add(user.name, redactedLabels.staff)
    add(user.email, redactedLabels.email)
  }
  for (const profile of others.docs) {
    if (profile.displayName === 'Unidentified person') continue
    for (const name of namesOfProfile(profile)) add(name, redactedLabels.otherPerson)
  }
  // Who served a notice, as typed on it (an officer's name is not always a staff account).
  for (const notice of notices) add(notice.service?.servedByName, redactedLabels.staff)
  return parties
}
