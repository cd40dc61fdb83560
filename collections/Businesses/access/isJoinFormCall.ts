import type { PayloadRequest } from 'payload'

/**
 * True for the public join form: server code calling the Local API with no account. REST and GraphQL
 * requests (`payloadAPI` 'REST' / 'GraphQL') never qualify, so `POST /api/businesses` stays closed to the
 * public even though the form itself needs no sign-in.
 */
export const isJoinFormCall = (req: Pick<PayloadRequest, 'payloadAPI' | 'user'>): boolean =>
  req.payloadAPI === 'local' && !req.user
