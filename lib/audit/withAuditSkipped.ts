import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Runs a nested write whose change the caller audit-logs itself (with a clearer summary), passing
 * `skipAudit` in the context. Payload merges a nested call's context into the shared `req.context`, so
 * the flag would otherwise stay set and silence the audit of every later change in the same request
 * (including the outer document's own): it is put back as it was afterwards.
 */
export const withAuditSkipped = async <T>(
  req: PayloadRequest,
  write: (context: RequestContext) => Promise<T>,
): Promise<T> => {
  const had = Object.hasOwn(req.context ?? {}, 'skipAudit')
  const previous = req.context?.skipAudit
  try {
    return await write({ skipAudit: true })
  } finally {
    if (had) req.context.skipAudit = previous
    else delete req.context.skipAudit
  }
}
