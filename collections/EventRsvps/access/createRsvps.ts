import type { Access } from 'payload'
import { memberOf } from '@/access/accountOf'

/** Any active member account may reply to an event it can read (the relationship check covers that). */
export const createRsvps: Access = ({ req }) => memberOf(req) !== null
