import { businessCategories } from '@/collections/Businesses/businessCategories'
import type { StreetGroup } from '@/features/campaigns/groupShopsByStreet'
import { labelOf } from '@/lib/format/labelOf'

/** One street of adopted shops: a heading that opens to the shops, each with its officer's public name. */
export const AdoptedShopGroup = ({ group, open }: { group: StreetGroup; open: boolean }) => (
  <li>
    <details open={open} className="group">
      <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-3 px-4 py-3">
        <h3 className="text-lg font-semibold">{group.street}</h3>
        <span className="shrink-0 text-slate-700">
          {group.shops.length === 1 ? '1 shop' : `${group.shops.length} shops`}
          <span aria-hidden="true" className="ml-2 inline-block transition-transform group-open:rotate-90">
            ›
          </span>
        </span>
      </summary>
      <ul className="divide-y divide-slate-200 border-t border-slate-200 bg-slate-50">
        {group.shops.map((shop) => (
          <li key={shop.id} className="px-4 py-3">
            <p className="font-semibold">{shop.name}</p>
            <p className="text-sm text-slate-700">
              {labelOf(businessCategories, shop.category)}
              {shop.street ? ` · ${shop.street}` : null}
            </p>
            <p>
              Officer: <span className="font-medium">{shop.officer}</span>
            </p>
          </li>
        ))}
      </ul>
    </details>
  </li>
)
