import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { scaleNames } from '../seed/scale/scaleFactor'
import { log } from './log'

export type ScaleData = {
  databaseUrl: string
  storageDir: string
  busiestProfile: number
  /** How many rows of each kind the scale seed made (shown in the report). */
  sizes: unknown
}

/**
 * The scale database `npm run seed:scale` describes in .data/scale.json (or, `factor` 10,
 * .data/scale-x10.json), seeded first when missing.
 */
export const scaleData = (reseed: boolean, factor = 1): ScaleData => {
  const scaleFile = scaleNames(factor).file
  if (!existsSync(scaleFile) || reseed) {
    log(`No ${factor}× scale database yet: running npm run seed:scale -- --factor=${factor}`)
    execFileSync('npm', ['run', 'seed:scale', '--', `--factor=${factor}`], { stdio: 'inherit' })
  }
  return JSON.parse(readFileSync(scaleFile, 'utf8')) as ScaleData
}
