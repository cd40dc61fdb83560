import { validOperatorSet } from 'payload/shared'

export type WhereFilter = { path: string; operator: string; values: string[] }

/** `in`, `not_in` and `all` take a comma-separated list (or one value per index). */
const listOperators = new Set(['in', 'not_in', 'all'])

/**
 * The field filters of a REST query's `where[…]` parameters, however deep in `and`/`or`:
 * `where[or][0][and][1][police.outcome][in]=a,b` → { path: 'police.outcome', operator: 'in', values: ['a','b'] }.
 * A field path may also be given bracket by bracket (`where[police][outcome][equals]`).
 */
export const whereFiltersOf = (query: URLSearchParams): WhereFilter[] => {
  const filters: WhereFilter[] = []
  for (const [name, value] of query) {
    if (!name.startsWith('where[')) continue
    const keys = [...name.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? '')
    const path: string[] = []
    let operator: string | undefined
    for (const key of keys) {
      if (operator) break
      if (validOperatorSet.has(key as never)) operator = key
      else if (key !== 'and' && key !== 'or' && !/^\d+$/.test(key)) path.push(key)
    }
    if (!operator || !path.length) continue
    const values = listOperators.has(operator) ? value.split(',') : [value]
    filters.push({ path: path.join('.'), operator, values })
  }
  return filters
}
