import type { Access } from 'payload'
import { memberOf } from '@/access/accountOf'

/**
 * Only a member records a read, and only their own: the reader is taken from the session by
 * `takeReaderFromSession`, whatever the data says. Staff never write receipts.
 */
export const createOwnRead: Access = ({ req }) => memberOf(req) !== null
