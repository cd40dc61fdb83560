import { databaseUrl } from '@/lib/env/databaseUrl'
import { type JobsLeadership, jobsLeadership } from './jobsLeadership'

const key = Symbol.for('ntars.jobsLeadership')
type WithLeadership = typeof globalThis & { [key]?: JobsLeadership }

/** This server process's one jobs leadership (jobsLeadership.ts), made on first use, on the primary. */
export const sharedJobsLeadership = (): JobsLeadership => {
  const global = globalThis as WithLeadership
  global[key] ??= jobsLeadership(databaseUrl())
  return global[key]
}
