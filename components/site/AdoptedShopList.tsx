import { businessCategories } from '@/collections/Businesses/businessCategories'
import type { AdoptedShop } from '@/features/campaigns/listAdoptedShops'
import { labelOf } from '@/lib/format/labelOf'

/** The Cops Adopt A Shop list: each shop with its officer's first name or role, never more. */
export const AdoptedShopList = ({ shops, total }: { shops: AdoptedShop[]; total: number }) => (
  <section aria-labelledby="adopted-heading" className="space-y-3">
    <h2 id="adopted-heading" className="text-2xl font-semibold">
      Adopted shops
    </h2>
    <p className="text-lg text-slate-700">
      {total === 1 ? '1 shop has a named officer' : `${total} shops have a named officer`}
    </p>
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {shops.map((shop) => (
        <li key={shop.id} className="rounded-lg border border-slate-300 p-4">
          <p className="font-semibold">{shop.name}</p>
          <p className="text-sm text-slate-700">
            {labelOf(businessCategories, shop.category)}
            {shop.street ? ` · ${shop.street}` : null}
          </p>
          <p className="mt-1">
            Officer: <span className="font-medium">{shop.officer}</span>
          </p>
        </li>
      ))}
    </ul>
  </section>
)
