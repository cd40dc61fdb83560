/**
 * The app's metrics (lib/metrics), read through OpenTelemetry's in-memory exporter on the real database:
 * a filed report counts once (a refused one or a retry of the same submission does not), a refused
 * member sign-in counts by reason, job runs count by task and outcome, and the queue length is observed.
 */
import { type Attributes, metrics } from '@opentelemetry/api'
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { fileReport } from '@/features/reports/fileReport'
import { authorizeMember } from '@/lib/auth/authorizeMember'
import { londonNowLocal } from '@/lib/time/londonTime'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE)
// Exported only when the test asks (forceFlush), never on a timer.
const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 })
const provider = new MeterProvider({ readers: [reader] })

let payload: Payload
let member: MemberAccount

/** Every data point of one metric now, with its attributes. */
const points = async (name: string) => {
  exporter.reset()
  await reader.forceFlush()
  return exporter
    .getMetrics()
    .flatMap((resource) => resource.scopeMetrics)
    .flatMap((scope) => scope.metrics)
    .filter((metric) => metric.descriptor.name === name)
    .flatMap((metric) => metric.dataPoints as { value: unknown; attributes: Attributes }[])
    .map((point) => ({ value: Number(point.value), attributes: point.attributes }))
}

const total = async (name: string, attributes: Record<string, unknown> = {}) =>
  (await points(name))
    .filter((point) => Object.entries(attributes).every(([key, value]) => point.attributes[key] === value))
    .reduce((sum, point) => sum + point.value, 0)

const reportForm = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

const theft = (idempotencyKey: string) => ({
  type: 'theft',
  occurredAt: londonNowLocal(new Date(Date.now() - 10 * 60_000)),
  description: 'Took two fictional umbrellas from the stand by the till and walked out.',
  idempotencyKey,
})

beforeAll(async () => {
  // Before Payload starts: its onInit registers the queue gauge with the provider registered then.
  metrics.setGlobalMeterProvider(provider)
  payload = await testPayload()
  member = (await loadRoleUsers(payload)).member as MemberAccount
})

afterAll(async () => {
  await provider.shutdown()
  metrics.disable()
})

describe('metrics', () => {
  it('counts a filed report once, not a refused one nor a retry of the same submission', async () => {
    const before = await total('ntars.reports.filed')
    const key = crypto.randomUUID()
    const filed = await fileReport(member, reportForm(theft(key)))
    expect(filed.ok).toBe(true)
    expect(await total('ntars.reports.filed')).toBe(before + 1)

    const retried = await fileReport(member, reportForm(theft(key)))
    expect(retried).toMatchObject({ ok: true, id: filed.ok ? filed.id : undefined })
    const refused = await fileReport(member, reportForm({ ...theft(crypto.randomUUID()), description: ' ' }))
    expect(refused.ok).toBe(false)
    expect(await total('ntars.reports.filed')).toBe(before + 1)
  })

  it('counts a refused member sign-in by area and reason, never by account', async () => {
    const before = await total('ntars.sign_ins.failed', { area: 'member', reason: 'invalid' })
    const outcome = await authorizeMember(
      { email: 'nobody-here@ntars.test', password: 'not-the-password-1234' },
      { ip: '203.0.113.77' },
    )
    expect(outcome).toEqual({ refused: 'invalid' })
    expect(await total('ntars.sign_ins.failed', { area: 'member', reason: 'invalid' })).toBe(before + 1)
    for (const point of await points('ntars.sign_ins.failed')) {
      expect(Object.keys(point.attributes).sort()).toEqual(['area', 'reason'])
    }
  })

  it('observes the queue length and counts job runs by task and outcome', async () => {
    const queuedBefore = await total('ntars.jobs.queued')
    const job = await payload.jobs.queue({ task: 'endExpiredExclusions', input: {} })
    expect(await total('ntars.jobs.queued')).toBe(queuedBefore + 1)

    const runsBefore = await total('ntars.jobs.runs', { task: 'endExpiredExclusions', outcome: 'succeeded' })
    await payload.jobs.runByID({ id: job.id })
    expect(await total('ntars.jobs.runs', { task: 'endExpiredExclusions', outcome: 'succeeded' })).toBe(
      runsBefore + 1,
    )
    expect(await total('ntars.jobs.queued')).toBe(queuedBefore)
  })
})
