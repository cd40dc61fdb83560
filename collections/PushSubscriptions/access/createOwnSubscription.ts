import type { Access } from 'payload'
import { memberOf } from '@/access/accountOf'

/** Only a member subscribes a device, and always for themselves (the owner comes from the session). */
export const createOwnSubscription: Access = ({ req }) => memberOf(req) !== null
