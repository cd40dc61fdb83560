type Police = { crimeReference?: string | null; outcome?: string | null } | null | undefined

/**
 * A report with a crime reference whose outcome does not close the case (`closing`: the keys of the
 * outcomes marked "closes the case"). A missing outcome counts as "none yet": open, so that nothing is lost
 * while the police have not said.
 */
export const isOpenPoliceCase = (police: Police, closing: readonly string[]): boolean =>
  Boolean(police?.crimeReference?.trim()) && !(police?.outcome && closing.includes(police.outcome))
