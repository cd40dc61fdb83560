import type { PayloadRequest } from 'payload'
import { memberRecipientAccounts } from './memberRecipientAccounts'

/**
 * Addresses of member accounts who may see the given audience (the rule is memberRecipientAccounts'):
 * active accounts, of active businesses for business staff. Jobs call this; nobody else reads addresses in
 * bulk.
 */
export const memberRecipients = async (req: PayloadRequest, audience: 'gallery' | 'all'): Promise<string[]> =>
  (await memberRecipientAccounts(req, audience)).map((member) => member.email)
