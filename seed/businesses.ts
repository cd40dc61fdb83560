import type { Payload } from 'payload'
import type { Business, Member } from '@/payload-types'
import { businessKinds, businessWords, streets, town } from './names'
import type { Random } from './random'

type Category = keyof typeof businessKinds
const categories = Object.keys(businessKinds) as Category[]
const categoryWeights = [45, 20, 10, 10, 8, 4, 3]

/** The two named demo businesses come first so demo accounts can find them by slug. */
export const demoBusinesses = [
  { name: 'Copper Kettle Café', slug: 'copper-kettle-cafe', category: 'food-and-drink' as const },
  { name: 'Lantern Books', slug: 'lantern-books', category: 'retail' as const },
]

/**
 * About 200 member businesses on invented streets, most active, a few applicants, suspended or lapsed;
 * 60 adopted by the given police officers (police@ adopts the first demo business).
 */
export const seedBusinesses = async (
  payload: Payload,
  random: Random,
  officers: Member[],
  count = 200,
  adopted = 60,
): Promise<Business[]> => {
  const names = new Set<string>(demoBusinesses.map((business) => business.name))
  const plans: { name: string; category: Category }[] = [...demoBusinesses]
  while (plans.length < count) {
    const category = random.weighted(categories, categoryWeights)
    const name = `${random.pick(businessWords.first)} ${random.pick(businessWords.second)} ${random.pick(businessKinds[category])}`
    if (names.has(name)) continue
    names.add(name)
    plans.push({ name, category })
  }

  const created: Business[] = []
  for (const [index, plan] of plans.entries()) {
    const isAdopted = index < adopted
    const officer = officers[index % officers.length]
    const membershipStatus =
      index < 2 || isAdopted
        ? 'active'
        : random.weighted(['active', 'applicant', 'suspended', 'lapsed'] as const, [90, 4, 2, 4])
    const daysAgo = random.int(30, 900)
    const business = await payload.create({
      collection: 'businesses',
      data: {
        name: plan.name,
        category: plan.category,
        address: {
          line1: `${random.int(1, 120)} ${random.pick(streets)}`,
          line2: `${town.name}`,
          postcode: `${town.postcodePrefix} ${random.int(1, 9)}${random.pick(['AB', 'DE', 'FG', 'HJ', 'LN', 'PQ', 'RT', 'WX'])}`,
        },
        location: {
          lat: town.centre.lat + (random.next() - 0.5) * 0.01,
          lng: town.centre.lng + (random.next() - 0.5) * 0.016,
        },
        contact: {
          name: `Manager of ${plan.name}`,
          email: `hello@${plan.name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
          phone: `01632 ${String(960000 + index).slice(-6)}`,
        },
        membershipStatus,
        agreement:
          membershipStatus === 'applicant'
            ? {}
            : {
                signedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
                signedBy: `Manager of ${plan.name}`,
              },
        adoptingOfficer: isAdopted && officer ? officer.id : undefined,
        adoptedSince: isAdopted
          ? new Date(Date.now() - random.int(20, 400) * 86_400_000).toISOString()
          : undefined,
      },
      depth: 0,
      overrideAccess: true, // seeding
    })
    created.push(business)
  }
  return created
}
