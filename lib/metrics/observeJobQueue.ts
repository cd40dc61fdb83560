import type { Payload } from 'payload'
import { instrument } from './instrument'

/**
 * Reports the job queue's length (`ntars.jobs.queued`: jobs neither completed nor failed for good) each
 * time metrics are collected, one count query then; nothing runs while metrics are not exported. Runs from
 * onInit; one callback per meter provider however often Payload starts.
 */
export const observeJobQueue = (payload: Payload): void => {
  instrument('ntars.jobs.queued', (meter) => {
    const gauge = meter.createObservableGauge('ntars.jobs.queued', {
      description: 'Jobs waiting to run or retry',
      unit: '{job}',
    })
    gauge.addCallback(async (result) => {
      const waiting = await payload.count({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        overrideAccess: true, // a count for the operators' metrics, read by no person
      })
      result.observe(waiting.totalDocs)
    })
    return gauge
  })
}
