import type { CollectionAfterChangeHook } from 'payload'
import { accountOf } from '@/access/accountOf'
import { notifyReportMessage } from '../notice/notifyReportMessage'

/**
 * A new message written by someone tells the other side (notice/notifyReportMessage.ts). A system write (the
 * seed's demo thread, a test's set-up) notifies nobody.
 */
export const sendMessageNotice: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && accountOf(req)) await notifyReportMessage(req, doc)
  return doc
}
