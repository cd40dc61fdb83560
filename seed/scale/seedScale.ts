import pg from 'pg'
import { createRandom } from '../random'
import { scaleBusinesses } from './scaleBusinesses'
import { scaleIncidents } from './scaleIncidents'
import { scaleMembers } from './scaleMembers'
import { scaleOffenders } from './scaleOffenders'
import type { ScaleSizes } from './scaleSizes'

/**
 * Adds a scheme 50 times the article's to a database that already holds the demo seed, in one
 * transaction (a failed run leaves the demo data as it was).
 */
export const seedScale = async (
  databaseUrl: string,
  storageDir: string,
  sizes: ScaleSizes,
  log: (message: string) => void = console.log,
) => {
  const random = createRandom(50)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('begin')
    const businesses = await scaleBusinesses(client, random, sizes.businesses)
    log(`  ${businesses.length} businesses`)
    const members = await scaleMembers(client, random, businesses, sizes.members)
    log(`  ${members.length} members`)
    const offenders = await scaleOffenders(client, random, sizes.offenders, storageDir, log)
    log(`  ${offenders.length} profiles with photos`)
    await scaleIncidents(client, random, {
      count: sizes.incidents,
      years: sizes.years,
      busiest: sizes.busiestProfileIncidents,
      businesses,
      members,
      offenders,
      log,
    })
    await client.query('commit')
    await client.query('analyze')
    return { busiestProfile: offenders[0] as number }
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    await client.end()
  }
}
