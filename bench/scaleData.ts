import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { log } from './log'

export type ScaleData = {
  databaseUrl: string
  storageDir: string
  busiestProfile: number
  /** How many rows of each kind the scale seed made (shown in the report). */
  sizes: unknown
}

const scaleFile = '.data/scale.json'

/** The scale database `npm run seed:scale` describes in .data/scale.json, seeded first when missing. */
export const scaleData = (reseed: boolean): ScaleData => {
  if (!existsSync(scaleFile) || reseed) {
    log('No scale database yet: running npm run seed:scale')
    execFileSync('npm', ['run', 'seed:scale'], { stdio: 'inherit' })
  }
  return JSON.parse(readFileSync(scaleFile, 'utf8')) as ScaleData
}
