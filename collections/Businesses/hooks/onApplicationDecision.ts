import type { CollectionAfterChangeHook } from 'payload'
import { schemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import type { Business } from '@/payload-types'
import { applicationApprovedEmail } from '../emails/applicationApprovedEmail'
import { applicationRejectedEmail } from '../emails/applicationRejectedEmail'
import { applicationDecisionOf } from './applicationDecisionOf'
import { inviteBusinessManager } from './inviteBusinessManager'

/**
 * Staff decide an application in the admin by changing its membership status. Approved: the contact gets a
 * business manager's account and one email with the set-password link; rejected: the contact is emailed
 * the reason. Runs inside the save's transaction (every nested call gets `req`), so a failed invitation or
 * email undoes the decision and staff see the error, rather than an approval nobody was told about.
 */
export const onApplicationDecision: CollectionAfterChangeHook<Business> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  const decision = applicationDecisionOf(previousDoc?.membershipStatus, doc.membershipStatus)
  if (!decision) return doc
  const to = doc.contact?.email?.trim()
  const contactName = doc.contact?.name?.trim() || doc.name
  if (decision === 'approved') {
    const setPasswordToken = await inviteBusinessManager(req, doc)
    req.payload.logger.info({
      msg: 'Application approved',
      business: doc.id,
      invited: Boolean(setPasswordToken),
    })
    if (!setPasswordToken) {
      // Staff follow up by hand: no contact email, or the address already has an account.
      req.payload.logger.warn({ msg: 'Approved business manager not invited', business: doc.id })
    }
    if (!to) return doc
    const email = applicationApprovedEmail(await schemeEmailFacts(req.payload, req), {
      contactName,
      businessName: doc.name,
      setPasswordToken,
    })
    await req.payload.sendEmail({ to, ...email })
    return doc
  }
  req.payload.logger.info({ msg: 'Application rejected', business: doc.id })
  if (!to) {
    req.payload.logger.warn({ msg: 'Rejected application has no contact email to tell', business: doc.id })
    return doc
  }
  const email = applicationRejectedEmail(await schemeEmailFacts(req.payload, req), {
    contactName,
    businessName: doc.name,
    reason: doc.rejectionReason ?? '',
  })
  await req.payload.sendEmail({ to, ...email })
  return doc
}
