import type { AdoptedShop } from '@/features/campaigns/adoptedShop'
import { AdoptedShopFinder } from './AdoptedShopFinder'

/** The Cops Adopt A Shop list: each shop with its officer's first name or role, never more. */
export const AdoptedShopList = ({
  shops,
  total,
  searchAction,
  initialQuery,
}: {
  shops: AdoptedShop[]
  total: number
  /** The page that answers a search when JavaScript is off. */
  searchAction: string
  initialQuery?: string
}) => (
  <section aria-labelledby="adopted-heading" className="space-y-3">
    <h2 id="adopted-heading" className="text-2xl font-semibold">
      Adopted shops
    </h2>
    <p className="text-lg text-slate-700">
      {total === 1 ? '1 shop has a named officer' : `${total} shops have a named officer`}
    </p>
    <AdoptedShopFinder shops={shops} searchAction={searchAction} initialQuery={initialQuery} />
  </section>
)
