import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { mayRequestStatements } from './mayRequestStatements'

/**
 * A statement follows its report: scheme staff and police (who read every report) read every statement; the
 * reporter reads their own; nobody else (not their business manager, not partners).
 */
export const readWitnessStatements: Access = ({ req }) => {
  if (mayRequestStatements(req)) return true
  const reporter = memberWithRole(req, 'member', 'business-manager')
  return reporter ? { reporter: { equals: reporter.id } } : false
}
