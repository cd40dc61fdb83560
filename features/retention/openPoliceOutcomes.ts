/**
 * Police outcomes after which a case is still open: a crime reference with none of these yet, an arrest
 * or a charge may still need the intelligence in court. A conviction or no further action closes it.
 */
export const openPoliceOutcomes = ['none', 'arrest', 'charge'] as const
export const closedPoliceOutcomes = ['conviction', 'nfa'] as const
