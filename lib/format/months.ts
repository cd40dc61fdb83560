import { formatDuration } from 'date-fns'

/** "1 month", "12 months": the privacy notice and retention lines quote periods from the settings. */
export const months = (count: number): string => formatDuration({ months: count }, { zero: true })
