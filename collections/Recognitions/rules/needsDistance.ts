import type { RecognitionSource } from './turnbullChoices'

/** How far away the witness stood matters only when they saw the person themselves. */
export const needsDistance = (source: RecognitionSource | null | undefined): boolean => source === 'in-person'
