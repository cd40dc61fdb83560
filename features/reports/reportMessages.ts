/** What a member reads when a report is not filed for a reason that is not their answers. */
export const reportMessages = {
  signedOut: 'Your session has ended. Sign in again to send this report; nothing you typed is lost.',
  fieldsNeedLooking: 'Some answers need another look.',
  photoNotSaved: 'Photo could not be saved — try again. Nothing was sent; your report is still here.',
  serviceBusy: 'The service is busy, try again in a minute. Nothing was sent; your report is still here.',
  notSaved: 'The report could not be saved just now and nothing was kept. Please try again.',
} as const
