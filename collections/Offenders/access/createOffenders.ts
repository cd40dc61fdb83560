import type { Access } from 'payload'
import { isBusinessMember } from '@/access/member'
import { isSchemeManager } from '@/access/staff'

/** Staff of member businesses may propose a profile (it waits for staff); scheme staff create them. */
export const createOffenders: Access = (args) => isSchemeManager(args) || isBusinessMember(args)
