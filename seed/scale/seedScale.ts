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
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('begin')
    const busiestProfile = await addScaleData(client, storageDir, sizes, log)
    await client.query('commit')
    await client.query('analyze')
    return { busiestProfile }
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    await client.end()
  }
}

/**
 * The scale data's rows and files, on a client whose transaction the caller holds (the test rolls it back).
 * Returns the busy profile's id.
 */
export const addScaleData = async (
  client: pg.Client,
  storageDir: string,
  sizes: ScaleSizes,
  log: (message: string) => void,
): Promise<number> => {
  const random = createRandom(50)
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
  return offenders[0] as number
}
