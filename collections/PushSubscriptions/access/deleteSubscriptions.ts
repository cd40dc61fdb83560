import type { Access } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { ownSubscriptionsOnly } from './ownSubscriptionsOnly'

/** The owner removes a device; scheme managers may too (a lost phone reported to the scheme). */
export const deleteSubscriptions: Access = (args) => isSchemeManager(args) || ownSubscriptionsOnly(args)
