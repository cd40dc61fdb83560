import { type TextareaFieldValidation, validations } from 'payload'

/**
 * A rejected application needs a reason: it is emailed to the applicant. Reads the merged document, so a
 * reason saved earlier counts, and keeps the textarea's own checks (length).
 */
export const rejectionReasonRequired: TextareaFieldValidation = (value, options) => {
  const sibling = options.siblingData as { membershipStatus?: string; rejectionReason?: string | null }
  const reason = value ?? sibling.rejectionReason
  if (sibling.membershipStatus === 'rejected' && !reason?.trim()) {
    return 'Give the reason for rejecting the application: it is emailed to the applicant.'
  }
  return validations.textarea(value, options)
}
