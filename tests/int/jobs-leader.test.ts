/**
 * Scheduled jobs run on one app instance (lib/database/runsJobsHere.ts): of two instances' leaderships on
 * one database only one leads, the other neither queues the schedules due nor runs the queue, and the lead
 * passes on as soon as the leader's connection goes (the instance died). Each leadership here has its own
 * connection, as each instance has.
 */
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type JobsLeadership, jobsLeadership } from '@/lib/database/jobsLeadership'
import { runsJobsHere } from '@/lib/database/runsJobsHere'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
const leaderships: JobsLeadership[] = []
// A lock of this file's own: the app `npm test` started may hold the real one on this database.
const lockName = `ntars-jobs-leader-test-${process.pid}`
const instance = () => {
  const leadership = jobsLeadership(process.env.DATABASE_URL as string, lockName)
  leaderships.push(leadership)
  return leadership
}
const jobsSetting = process.env.NTARS_JOBS

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(async () => {
  for (const leadership of leaderships.splice(0)) await leadership.stop()
  process.env.NTARS_JOBS = jobsSetting
  vi.restoreAllMocks()
})

afterAll(() => {
  process.env.NTARS_JOBS = jobsSetting
})

describe('the jobs leader', () => {
  it('is one instance at a time, and another takes over when it goes', async () => {
    const a = instance()
    const b = instance()
    expect(await a.isLeader()).toBe(true)
    expect(await b.isLeader()).toBe(false)
    expect(await a.isLeader()).toBe(true)
    expect(await b.isLeader()).toBe(false)
    await a.stop()
    expect(await b.isLeader()).toBe(true)
    expect(await a.isLeader()).toBe(false)
  })

  it('queues and runs the schedules on the leader only', async () => {
    delete process.env.NTARS_JOBS
    const schedules = vi.spyOn(payload.jobs, 'handleSchedules').mockResolvedValue({
      errored: [],
      queued: [],
      skipped: [],
    })
    const a = instance()
    const b = instance()
    const answers = await Promise.all([runsJobsHere(payload, a), runsJobsHere(payload, b)])
    expect(answers.filter(Boolean)).toHaveLength(1)
    expect(schedules).toHaveBeenCalledTimes(1)
    // A minute later, the same instance still leads: one more schedule check, still from one instance.
    const later = await Promise.all([runsJobsHere(payload, a), runsJobsHere(payload, b)])
    expect(later).toEqual(answers)
    expect(schedules).toHaveBeenCalledTimes(2)
  })

  it('runs nothing anywhere with NTARS_JOBS=off', async () => {
    process.env.NTARS_JOBS = 'off'
    const schedules = vi.spyOn(payload.jobs, 'handleSchedules')
    expect(await runsJobsHere(payload, instance())).toBe(false)
    expect(schedules).not.toHaveBeenCalled()
  })
})
