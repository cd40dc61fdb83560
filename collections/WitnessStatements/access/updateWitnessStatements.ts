import type { Access, AccessResult } from 'payload'
import { memberWithRole } from '@/access/member'
import { mayRequestStatements } from './mayRequestStatements'

/**
 * Police and staff edit a statement until it is signed or withdrawn; the reporter only their own, and only
 * while it waits for their signature. Nobody edits a signed statement. Which fields each may write is field
 * access; which status moves are allowed is hooks/guardStatementStatus.ts.
 */
export const updateWitnessStatements: Access = ({ req }): AccessResult => {
  if (mayRequestStatements(req)) return { status: { in: ['draft', 'awaiting-signature'] } }
  const reporter = memberWithRole(req, 'member', 'business-manager')
  if (!reporter) return false
  return { and: [{ reporter: { equals: reporter.id } }, { status: { equals: 'awaiting-signature' } }] }
}
