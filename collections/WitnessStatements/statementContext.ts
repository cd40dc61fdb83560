/**
 * What the signing action hands the collection's hooks through `req.context` (server-side only; no API
 * request can set it): the checked signature PNG, drawn into the PDF and never stored on its own.
 */
export const signatureContextKey = 'statementSignature'
/** Set by the hook that links the stored PDF, so the status guard lets that one system write through. */
export const linkingContextKey = 'statementLinking'

export const signatureOf = (context: Record<string, unknown>): Buffer | null => {
  const value = context[signatureContextKey]
  return Buffer.isBuffer(value) && value.length > 0 ? value : null
}
