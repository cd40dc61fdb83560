import type { Config } from '@/payload-types'

/**
 * A report as its readers see it in full: the report page, evidence packs and subject access exports each
 * add the few fields they also need. Field access still decides what each reader gets back.
 */
export const incidentReportSelect = {
  type: true,
  occurredAt: true,
  business: true,
  spot: true,
  description: true,
  valueLost: true,
  valueRecovered: true,
  policeCalled: true,
  offenders: true,
  unknownPersonDescription: true,
  evidence: true,
  reporter: true,
  police: true,
} as const satisfies Config['collectionsSelect']['incidents']
