import type { Access } from 'payload'
import { isBusinessMember } from '@/access/member'
import { isSchemeManager } from '@/access/staff'

/** Photos come with reports (business staff) or from scheme staff. */
export const createEvidence: Access = (args) => isSchemeManager(args) || isBusinessMember(args)
