import { createHash } from 'node:crypto'

/** The lower-case hex SHA-256 of some bytes, as the manifest and the reports record it. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
