import type pg from 'pg'
import { businessKinds, businessWords, streets, town } from '../names'
import type { Random } from '../random'
import { bulkInsert } from './bulkInsert'

const categories = Object.keys(businessKinds) as (keyof typeof businessKinds)[]
const categoryWeights = [45, 20, 10, 10, 8, 4, 3]

/** Active member businesses across a larger fictional centre; names numbered so they stay unique. */
export const scaleBusinesses = async (
  client: pg.Client,
  random: Random,
  count: number,
): Promise<number[]> => {
  const rows = Array.from({ length: count }, (_, index) => {
    const category = random.weighted(categories, categoryWeights)
    const name = `${random.pick(businessWords.first)} ${random.pick(businessWords.second)} ${random.pick(businessKinds[category])} ${index + 1}`
    const slug = `scale-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
    return [
      name,
      slug,
      category,
      `${random.int(1, 400)} ${random.pick(streets)}`,
      town.name,
      `${town.postcodePrefix} ${random.int(1, 9)}XY`,
      town.centre.lat + (random.next() - 0.5) * 0.03,
      town.centre.lng + (random.next() - 0.5) * 0.05,
      `Manager ${index + 1}`,
      `manager-${index + 1}@scale.ntars.test`,
      '01632 960000',
      'active',
      new Date(Date.now() - random.int(400, 2000) * 86_400_000).toISOString(),
    ]
  })
  return bulkInsert(
    client,
    'businesses',
    [
      'name',
      'slug',
      'category',
      'address_line1',
      'address_line2',
      'address_postcode',
      'location_lat',
      'location_lng',
      'contact_name',
      'contact_email',
      'contact_phone',
      'membership_status',
      'agreement_signed_at',
    ],
    rows,
  )
}
