import { InviteForm } from '@/components/members/InviteForm'
import { listTeam } from '@/features/team/listTeam'
import { setMemberStatusAction } from '@/features/team/teamActions'
import { requireMember } from '@/lib/auth/requireMember'

export const metadata = { title: 'Team' }

type TeamLogin = Awaited<ReturnType<typeof listTeam>>[number]

/** A suspension by scheme staff (or of unknown origin) is the scheme's to lift, not the manager's. */
const suspendedByScheme = (login: TeamLogin) =>
  login.accountStatus === 'suspended' && login.suspendedBy !== 'business'

const statusNote = (login: TeamLogin) => {
  if (login.accountStatus !== 'suspended') return ''
  return suspendedByScheme(login) ? ' · suspended by the scheme — contact the BID' : ' · suspended'
}

export default async function TeamPage() {
  const manager = await requireMember('business-manager')
  const team = await listTeam(manager)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Logins for {manager.businessName}</h1>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
        {team.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span>
              <span className="block font-semibold">{member.name}</span>
              <span className="block text-sm text-slate-700">
                {member.email} · {member.role === 'business-manager' ? 'business manager' : 'member'}
                {statusNote(member)}
              </span>
            </span>
            {member.id !== manager.id && !suspendedByScheme(member) ? (
              <form action={setMemberStatusAction}>
                <input type="hidden" name="id" value={member.id} />
                <input
                  type="hidden"
                  name="status"
                  value={member.accountStatus === 'suspended' ? 'active' : 'suspended'}
                />
                <button
                  type="submit"
                  className="rounded border-2 border-brand px-3 py-1 font-semibold text-brand-ink"
                >
                  {member.accountStatus === 'suspended' ? 'Reactivate' : 'Suspend'}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      <InviteForm />
    </div>
  )
}
