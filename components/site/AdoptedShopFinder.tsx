'use client'
import { useId, useState } from 'react'
import { businessCategories } from '@/collections/Businesses/businessCategories'
import type { AdoptedShop } from '@/features/campaigns/adoptedShop'
import { groupShopsByStreet } from '@/features/campaigns/groupShopsByStreet'
import { shopMatchesSearch } from '@/features/campaigns/shopMatchesSearch'
import { labelOf } from '@/lib/format/labelOf'
import { AdoptedShopGroup } from './AdoptedShopGroup'

const shopCount = (count: number) => (count === 1 ? '1 shop' : `${count} shops`)

/**
 * Finds an adopted shop in seconds on a phone: shops grouped by street (closed, so the page is a short list
 * of streets) and a search box that narrows them as the reader types, opening every street with a match.
 * Without JavaScript the same form is a GET search answered by the server (`searchAction`), and the streets
 * still open and close on their own (<details>).
 */
export const AdoptedShopFinder = ({
  shops,
  searchAction,
  initialQuery = '',
}: {
  shops: readonly AdoptedShop[]
  /** Where the form sends a search without JavaScript. */
  searchAction: string
  initialQuery?: string
}) => {
  const [query, setQuery] = useState(initialQuery)
  const inputId = useId()
  const trimmed = query.trim()
  const matching = trimmed
    ? shops.filter((shop) => shopMatchesSearch(shop, labelOf(businessCategories, shop.category), trimmed))
    : shops
  const groups = groupShopsByStreet(matching)
  return (
    <div className="space-y-3">
      <search aria-label="Find an adopted shop">
        <form
          method="get"
          action={searchAction}
          onSubmit={(event) => event.preventDefault()}
          className="flex flex-wrap items-end gap-2"
        >
          <div className="min-w-0 flex-1">
            <label htmlFor={inputId} className="block font-medium">
              Find a shop
            </label>
            <p id={`${inputId}-hint`} className="text-sm text-slate-700">
              Type its name, street or kind of business.
            </p>
            <input
              id={inputId}
              name="q"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              aria-describedby={`${inputId}-hint`}
              autoComplete="off"
              className="mt-1 block w-full rounded border-2 border-slate-500 px-3 py-2 text-lg"
            />
          </div>
          <button type="submit" className="min-h-12 rounded bg-brand px-4 py-2 font-semibold text-white">
            Search
          </button>
        </form>
      </search>
      <p aria-live="polite" className="text-slate-700">
        {trimmed
          ? matching.length
            ? `${shopCount(matching.length)} ${matching.length === 1 ? 'matches' : 'match'} “${trimmed}”.`
            : `No adopted shop matches “${trimmed}”. Try part of the name or the street.`
          : `${shopCount(shops.length)} on ${groups.length} streets. Open a street to see its shops.`}
      </p>
      <ul className="divide-y divide-slate-300 overflow-hidden rounded-lg border border-slate-300 bg-white">
        {groups.map((group) => (
          <AdoptedShopGroup key={group.street} group={group} open={Boolean(trimmed)} />
        ))}
      </ul>
    </div>
  )
}
