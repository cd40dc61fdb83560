import type { PayloadRequest, RequestContext } from 'payload'
import { withContextFlags } from '@/lib/requestContext/withContextFlags'

/**
 * Runs a nested write whose change the caller audit-logs itself (with a clearer summary). `also` adds
 * other flags for that one write (such as `skipDuplicateCheck`). Every flag is put back afterwards, so it
 * cannot silence the audit of a later change in the same request (lib/requestContext/withContextFlags.ts).
 */
export const withAuditSkipped = async <T>(
  req: PayloadRequest,
  write: (context: RequestContext) => Promise<T>,
  also: RequestContext = {},
): Promise<T> => withContextFlags(req, { ...also, skipAudit: true }, write)
