import { createHash, type KeyObject } from 'node:crypto'

/** A short name for a public key, written into each anchor so a replaced key is told from a forgery. */
export const auditAnchorKeyId = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16)
