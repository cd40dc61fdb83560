/**
 * The `req.context` key that carries a drawn signature (checked, re-encoded PNG bytes) from the serve
 * action to the hook that prints the signed copy. The signature is never a stored field of its own: it
 * exists only inside the signed PDF.
 */
export const noticeSignatureContext = 'exclusionNoticeSignaturePng'

/** Set by the hook on its own follow-up write, so storing the signed copy does not run twice. */
export const signedNoticeStoredContext = 'exclusionNoticeSignedStored'
