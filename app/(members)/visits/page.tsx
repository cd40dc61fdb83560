import { mayLogVisit } from '@/collections/ShopVisits/access/mayLogVisit'
import { VisitForm } from '@/components/members/VisitForm'
import { listAdoptedShopsOf } from '@/features/campaigns/listAdoptedShopsOf'
import { requireMemberAllowedBy } from '@/lib/auth/requireMemberAllowedBy'
import { formatWhen } from '@/lib/format/formatWhen'
import { londonNowLocal } from '@/lib/time/londonTime'

export const metadata = { title: 'Shop visits' }

export default async function VisitsPage() {
  const officer = await requireMemberAllowedBy(mayLogVisit, 'Shop visits')
  const { shops, visits } = await listAdoptedShopsOf(officer)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Your adopted shops</h1>
      {shops.length ? (
        <>
          <ul className="list-disc pl-6">
            {shops.map((shop) => (
              <li key={shop.id}>
                {shop.name}, {shop.address?.line1}
              </li>
            ))}
          </ul>
          <VisitForm shops={shops.map((shop) => ({ id: shop.id, name: shop.name }))} now={londonNowLocal()} />
        </>
      ) : (
        <p>You have no adopted shops yet. The scheme team assigns them.</p>
      )}
      <section>
        <h2 className="text-lg font-semibold">Recent visits</h2>
        {visits.length ? (
          <ul className="list-disc pl-6">
            {visits.map((visit) => (
              <li key={visit.id}>
                {formatWhen(visit.visitedAt)}:{' '}
                {typeof visit.business === 'object' && visit.business ? visit.business.name : 'a shop'}
                {visit.notes ? ` — ${visit.notes}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>No visits logged yet.</p>
        )}
      </section>
    </div>
  )
}
