import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'
import { mayRequestStatements } from './mayRequestStatements'

/**
 * The statement's words, occupation, age and declaration: the requester drafts them, the reporter corrects
 * them. Row access (updateWitnessStatements) already limits a member to their own statement awaiting signature.
 */
export const reporterOrRequesterField: FieldAccess = ({ req }) =>
  mayRequestStatements(req) || memberWithRole(req, 'member', 'business-manager') !== null
