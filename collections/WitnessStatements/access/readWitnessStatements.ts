import type { Access, Where } from 'payload'
import { memberWithRole } from '@/access/member'
import { mayRequestStatements } from './mayRequestStatements'

/**
 * A statement follows its report: scheme staff and police (who read every report) read every statement; the
 * reporter reads their own once it has been sent to them (not a draft police are still writing); nobody
 * else (not their business manager, not partners).
 */
export const readWitnessStatements: Access = ({ req }) => {
  if (mayRequestStatements(req)) return true
  const reporter = memberWithRole(req, 'member', 'business-manager')
  if (!reporter) return false
  const ownAndSent: Where = {
    and: [{ reporter: { equals: reporter.id } }, { status: { not_equals: 'draft' } }],
  }
  return ownAndSent
}
