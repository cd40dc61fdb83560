import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { isSchemeManager } from '@/access/staff'

export const readRecognitions: Access = (args) =>
  isSchemeManager(args) || memberWithRole(args.req, 'police') !== null
