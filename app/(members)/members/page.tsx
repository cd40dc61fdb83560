import { MemberLinkList } from '@/components/members/MemberLinkList'
import { PendingAcceptances } from '@/components/members/PendingAcceptances'
import { pendingAcceptances } from '@/features/documents/pendingAcceptances'
import { requireMember } from '@/lib/auth/requireMember'

export const metadata = { title: 'Home' }

export default async function MembersHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const member = await requireMember()
  const { denied } = await searchParams
  const toAccept = await pendingAcceptances(member)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Hello, {member.name.split(' ')[0]}</h1>
      {denied ? (
        <p role="alert" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          That page is not part of your role in the scheme.
        </p>
      ) : null}
      <PendingAcceptances pending={toAccept} />
      <MemberLinkList
        role={member.role}
        partner={member.partner}
        listClassName="grid gap-3 sm:grid-cols-2"
        linkClassName="block rounded-lg border border-slate-300 bg-white p-4 text-lg font-semibold shadow-sm"
      />
      <p className="text-slate-700">
        In an emergency, when a crime is in progress or someone is in danger, call 999.
      </p>
    </div>
  )
}
