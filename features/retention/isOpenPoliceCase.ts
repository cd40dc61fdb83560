import { closedPoliceOutcomes } from './openPoliceOutcomes'

type Police = { crimeReference?: string | null; outcome?: string | null } | null | undefined

/**
 * A report with a crime reference whose outcome is not yet a conviction or no further action. A missing
 * outcome counts as "none yet": open, so that nothing is lost while the police have not said.
 */
export const isOpenPoliceCase = (police: Police): boolean =>
  Boolean(police?.crimeReference?.trim()) &&
  !(closedPoliceOutcomes as readonly string[]).includes(police?.outcome ?? 'none')
