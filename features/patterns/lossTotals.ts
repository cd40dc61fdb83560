import { penceOf, poundsOf } from './money'
import type { LossTotals, PatternIncident } from './types'

/** Total value lost, recovered, and the net loss (lost − recovered), in pounds. */
export const lossTotals = (incidents: readonly PatternIncident[]): LossTotals => {
  let lostPence = 0
  let recoveredPence = 0
  for (const incident of incidents) {
    lostPence += penceOf(incident.valueLost)
    recoveredPence += penceOf(incident.valueRecovered)
  }
  return {
    lost: poundsOf(lostPence),
    recovered: poundsOf(recoveredPence),
    net: poundsOf(lostPence - recoveredPence),
  }
}
