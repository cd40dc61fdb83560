import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Runs a nested Local API call with flags in its `context` (skip the audit entry, skip the duplicate check,
 * let one system write through a guard) and puts `req.context` back as it was afterwards.
 *
 * Why: Payload merges a nested call's `context` into the shared `req.context`, so a bare
 * `context: { skipAudit: true }` stays set for every later write in the same request (the outer document's
 * own audit entry included). `write` receives the flags to pass as that call's `context`.
 */
export const withContextFlags = async <T>(
  req: PayloadRequest,
  flags: RequestContext,
  write: (context: RequestContext) => Promise<T>,
): Promise<T> => {
  req.context ??= {}
  const saved = Object.keys(flags).map((key) => ({
    key,
    had: Object.hasOwn(req.context, key),
    value: req.context[key],
  }))
  try {
    return await write({ ...flags })
  } finally {
    for (const { key, had, value } of saved) {
      if (had) req.context[key] = value
      else delete req.context[key]
    }
  }
}
