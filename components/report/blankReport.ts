import type { ReportValues } from './reportDraft'

/** An empty report, its time set to now (London local time, as the datetime-local box shows it). */
export const blankReport = (now: string): ReportValues => ({
  type: '',
  occurredAt: now,
  description: '',
  spot: '',
  valueLost: '',
  valueRecovered: '',
  policeCalled: false,
  crimeReference: '',
  unknownDescription: '',
  proposeIdSought: false,
})
