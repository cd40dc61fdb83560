import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

/**
 * Makes an approved applicant's contact the business manager: a members' account in the business with an
 * unguessable password, and a set-password token from Payload's forgot-password flow (the same invitation
 * a business manager sends a colleague). An email that already has an account is left alone, so approving
 * twice never makes two accounts. Returns the token to put in the approval email, or null when nobody was
 * invited.
 *
 * Takes the hook's `req` so the account, the token and the approval share one transaction. Payload's own
 * reset email is turned off (`disableEmail`): with it on, Payload 3.90 first reserves the account outside
 * the transaction, where the account just created does not exist yet, and silently sends nothing.
 */
export const inviteBusinessManager = async (
  req: PayloadRequest,
  business: { id: number; name: string; contact?: { name?: string | null; email?: string | null } | null },
): Promise<string | null> => {
  const email = business.contact?.email?.trim().toLowerCase()
  if (!email) return null
  const existing = await req.payload.count({
    collection: 'members',
    where: { email: { equals: email } },
    // Checking whether the address already has an account, whoever's it is; staff alone reach this hook.
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) return null
  await req.payload.create({
    collection: 'members',
    data: {
      name: business.contact?.name?.trim() || business.name,
      email,
      role: 'business-manager',
      business: business.id,
      accountStatus: 'active',
      password: randomBytes(24).toString('base64url'),
    },
    depth: 0,
    // The approval (by scheme staff, checked by the businesses collection) is what grants this account.
    overrideAccess: true,
    req,
  })
  const token = await req.payload.forgotPassword({
    collection: 'members',
    data: { email },
    disableEmail: true,
    // Payload's own reset flow mints the set-password token; it is not a read of anyone's data.
    overrideAccess: true,
    req,
  })
  return token || null
}
