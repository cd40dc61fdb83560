import type { GlobalAfterChangeHook } from 'payload'
import { changedFields } from '@/lib/audit/changedFields'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * The settings decide retention periods, the notice calculator and what the public site says: every change
 * says who made it and which fields changed (not their values, which may be long text).
 */
export const auditSettingsChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global }) => {
  if (req.context?.skipAudit) return doc
  const fields = changedFields(doc, previousDoc)
  if (!fields.length) return doc
  await recordAudit(req, {
    action: 'update',
    summary: 'Updated the scheme settings',
    entityCollection: global.slug,
    details: { fields },
  })
  return doc
}
