import type { PayloadRequest, Where } from 'payload'
import { memberWithRole } from '@/access/member'

const statements: Where = { kind: { equals: 'witness-statement' } }

/**
 * Signed witness statements follow their statement (collections/WitnessStatements/access): police read every
 * one; the reporter reads those of their own reports (the witness is always the report's reporter).
 */
export const witnessStatementDocuments = (req: Pick<PayloadRequest, 'user'>): Where | false => {
  if (memberWithRole(req, 'police')) return statements
  const reporter = memberWithRole(req, 'member', 'business-manager')
  return reporter ? { and: [statements, { 'incident.reporter': { equals: reporter.id } }] } : false
}
