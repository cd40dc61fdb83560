import type { Payload } from 'payload'
import { backfillVisualHashes } from '@/features/evidence/backfillVisualHashes'
import type { Business, Member } from '@/payload-types'
import { demoDomain, upsertMember, upsertStaff } from './accounts'
import { demoBusinesses, seedBusinesses } from './businesses'
import { seedBriefings, seedCampaigns, seedSupportServices } from './content'
import { seedDocuments } from './documents'
import { seedIncidents } from './incidents'
import { seedLevyPeriods } from './levyPeriods'
import { firstNames } from './names'
import { seedOffenders } from './offenders'
import { createRandom } from './random'
import { seedReportConversation } from './reportConversation'
import { defaultScheme } from './schemes'
import { applyScheme } from './schemes/applyScheme'
import type { DemoScheme } from './schemes/types'
import { applyVocabulary } from './vocabulary/applyVocabulary'
import { defaultVocabulary } from './vocabulary/defaultVocabulary'

export const defaultDemoPassword = 'ntars-demo-2026'

export type SeedOptions = {
  password: string
  /** The demo scheme whose settings and logo to apply (`--scheme=<key>`); the default scheme otherwise. */
  scheme?: DemoScheme
  log?: (message: string) => void
}

const count = async (
  payload: Payload,
  collection: 'businesses' | 'offenders' | 'incidents' | 'campaigns' | 'documents' | 'levy-periods',
) => (await payload.count({ collection, overrideAccess: true })).totalDocs // seeding

const email = (local: string) => `${local}@${demoDomain}`

/**
 * Fills the database with the fictional demo scheme. Idempotent: demo accounts are reset to their demo
 * values on every run, and each kind of bulk data is created only while its collection is empty.
 */
export const runSeed = async (
  payload: Payload,
  { password, scheme = defaultScheme, log = console.log }: SeedOptions,
) => {
  if (process.env.NODE_ENV === 'production') throw new Error('The demo seed never runs in production.')
  const random = createRandom(20260726)

  // The demo records are written in the default scheme's incident types, warning markers and partner
  // agencies (the migration made the same); the chosen scheme's identity and vocabulary are applied last,
  // retiring what it does not use, as a BID switching to this platform would.
  await applyVocabulary(payload, defaultVocabulary)
  await upsertStaff(payload, { email: email('admin'), name: 'Ada Admin', roles: ['admin'] }, password)
  await upsertStaff(
    payload,
    { email: email('manager'), name: 'Morgan Manager', roles: ['scheme-manager'] },
    password,
  )
  await upsertStaff(payload, { email: email('editor'), name: 'Eddie Editor', roles: ['editor'] }, password)

  const police = await upsertMember(
    payload,
    {
      email: email('police'),
      name: 'PC Robin Fallowfield',
      role: 'police',
      force: 'Northbrookshire Police',
      collarNumber: 'NB1234',
    },
    password,
  )
  const officers: Member[] = [police]
  for (let index = 1; index < 12; index++) {
    officers.push(
      await upsertMember(
        payload,
        {
          email: `officer${String(index).padStart(2, '0')}@police.${demoDomain}`,
          name: `PC ${firstNames[index]} Officer${index}`,
          role: 'police',
          force: 'Northbrookshire Police',
          collarNumber: `NB${2000 + index}`,
        },
        password,
      ),
    )
  }

  if ((await count(payload, 'businesses')) === 0) {
    log('Creating businesses…')
    await seedBusinesses(payload, random, officers)
  }
  const businessBySlug = async (slug: string): Promise<Business> => {
    const found = await payload.find({
      collection: 'businesses',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const business = found.docs[0]
    if (!business) throw new Error(`Demo business ${slug} is missing`)
    return business
  }
  const [first, second] = await Promise.all(demoBusinesses.map((business) => businessBySlug(business.slug)))
  if (!first || !second) throw new Error('Demo businesses are missing')

  const member = await upsertMember(
    payload,
    { email: email('member'), name: 'Sam Shopworker', role: 'member', business: first.id },
    password,
  )
  await upsertMember(
    payload,
    { email: email('member2'), name: 'Alex Bookseller', role: 'member', business: second.id },
    password,
  )
  const manager = await upsertMember(
    payload,
    { email: email('shopmanager'), name: 'Jo Shopmanager', role: 'business-manager', business: first.id },
    password,
  )
  await upsertMember(
    payload,
    { email: email('asb'), name: 'Casey Council', role: 'partner', agency: 'asb-unit' },
    password,
  )
  await upsertMember(
    payload,
    { email: email('outreach'), name: 'Rae Outreach', role: 'partner', agency: 'outreach' },
    password,
  )

  if ((await count(payload, 'offenders')) === 0) {
    log('Creating offender profiles and placeholder photos…')
    const reporters = await seedReporters(payload, password, first, member)
    const offenders = await seedOffenders(
      payload,
      random,
      reporters.map((reporter) => reporter.member),
    )
    if ((await count(payload, 'incidents')) === 0) {
      log('Creating incidents…')
      await seedIncidents(payload, random, reporters, offenders)
    }
  }

  if ((await count(payload, 'campaigns')) === 0) {
    log('Creating campaigns, briefings and support services…')
    await seedCampaigns(payload)
    await seedBriefings(payload)
    await seedSupportServices(payload)
  }

  if ((await count(payload, 'documents')) === 0) {
    log('Creating the document library…')
    await seedDocuments(payload, { member, manager, business: first })
  }

  await seedReportConversation(payload, { member, police })
  if ((await count(payload, 'levy-periods')) === 0) {
    log('Creating two levy periods…')
    await seedLevyPeriods(payload)
  }

  // Images stored before evidence kept a visual hash (a database seeded earlier) get one now.
  const hashes = await backfillVisualHashes(payload)
  if (hashes.hashed || hashes.skipped) {
    log(`Visual hashes for older evidence: ${hashes.hashed} added, ${hashes.skipped} unreadable.`)
  }
  await applyScheme(payload, scheme)
}

/** One reporting account for each of 80 active businesses, plus member@ for the first demo business. */
const seedReporters = async (payload: Payload, password: string, first: Business, member: Member) => {
  const active = await payload.find({
    collection: 'businesses',
    where: { and: [{ membershipStatus: { equals: 'active' } }, { id: { not_equals: first.id } }] },
    sort: 'id',
    limit: 80,
    depth: 0,
    overrideAccess: true, // seeding
  })
  const reporters: { member: Member; business: Business }[] = [{ member, business: first }]
  for (const business of active.docs) {
    const reporter = await upsertMember(
      payload,
      {
        email: `staff.${business.slug}@shops.${demoDomain}`,
        name: `Staff at ${business.name}`,
        role: 'member',
        business: business.id,
      },
      password,
    )
    reporters.push({ member: reporter, business })
  }
  return reporters
}
