import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { isSchemeManager } from '@/access/staff'

/**
 * Business staff and police record a recognition of a profile they can see (the offender relationship's
 * filterOptions re-read it with their read access).
 */
export const createRecognitions: Access = (args) =>
  isSchemeManager(args) || memberWithRole(args.req, 'member', 'business-manager', 'police') !== null
