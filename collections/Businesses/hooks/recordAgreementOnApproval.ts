import type { CollectionBeforeChangeHook } from 'payload'
import { applicationDecisionOf } from './applicationDecisionOf'

type Agreement = { signedAt?: string | null; signedBy?: string | null }

/**
 * Approving an application records the information-sharing agreement: signed now, by the contact who
 * applied, unless staff have already entered when and by whom (a paper copy, say).
 */
export const recordAgreementOnApproval: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update') return data
  const nextStatus = data.membershipStatus ?? originalDoc?.membershipStatus
  if (applicationDecisionOf(originalDoc?.membershipStatus, nextStatus) !== 'approved') return data
  const agreement: Agreement = { ...originalDoc?.agreement, ...data.agreement }
  const contactName: string | undefined = (data.contact ?? originalDoc?.contact)?.name?.trim() || undefined
  return {
    ...data,
    agreement: {
      ...agreement,
      signedAt: agreement.signedAt || new Date().toISOString(),
      signedBy: agreement.signedBy || contactName || null,
    },
  }
}
