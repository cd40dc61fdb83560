import { notFound } from 'next/navigation'
import { requireMember } from '@/lib/auth/requireMember'
import { benchFloorEnabled } from '@/lib/env/benchFloorEnabled'

export const metadata = { title: 'Floor' }

/**
 * The benchmark's floor (docs/benchmarks.md): a members' page that checks the session and renders a heading,
 * no data, inside the same layout as every members' page. The most any members' page can do on this stack and
 * machine; `npm run bench` reports the gallery, search and profile as a ratio to it.
 */
export default async function FloorPage() {
  if (!benchFloorEnabled()) notFound()
  const member = await requireMember()
  return <h1 className="text-2xl font-bold">Signed in as {member.name}</h1>
}
