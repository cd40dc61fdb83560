import { findActionId } from './findActionId'
import { MemberSession } from './memberSession'
import type { SoakMember } from './virtualMember'

/**
 * Before the members arrive: checks one soak member can sign in, reads the report action's id from the
 * running build, and loads each page once so the first members do not pay for the server's first render.
 */
export const warmUpSoak = async (baseUrl: string, member: SoakMember, password: string): Promise<string> => {
  const probe = new MemberSession(baseUrl)
  if (!(await probe.signIn(member.email, password)).ok) throw new Error('A soak member could not sign in.')
  const actionId = await findActionId(probe, '/report', 'reportIncidentAction')
  for (const warm of ['/offenders', '/offenders?q=a', '/report', '/members']) await probe.request(warm)
  return actionId
}
