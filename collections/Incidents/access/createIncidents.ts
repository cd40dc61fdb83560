import type { Access } from 'payload'
import { isBusinessMember } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Staff of member businesses report; scheme staff enter reports phoned in. Police and partners don't. */
export const createIncidents: Access = (args) =>
  hasStaffRole(args.req, 'admin', 'scheme-manager') || isBusinessMember(args)
