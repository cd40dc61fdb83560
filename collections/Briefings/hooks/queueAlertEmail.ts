import type { CollectionAfterChangeHook } from 'payload'

/** When an alert is published, queue its email to members (sent by the jobs queue, not in the request). */
export const queueAlertEmail: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context?.skipAlertEmail || doc.kind !== 'alert' || doc._status !== 'published' || doc.emailedAt)
    return doc
  await req.payload.jobs.queue({ task: 'emailAlert', input: { briefing: doc.id }, req })
  return doc
}
