/** The anchor file's format, so that a later change to what is signed can be told apart. */
export const auditAnchorFormat = 'ntars-audit-anchor/1'

/** The newest audit entry when the anchor was written: enough to find it again and compare. */
export type AnchoredEntry = { id: number; sequence: number; hash: string; createdAt: string }

/**
 * One day's anchor (docs/audit-chain.md): the newest entry of the audit chain as it stood, signed with an
 * Ed25519 key the database does not hold. If that entry later goes missing or its hash changes, the log
 * was cut short or rewritten, which the chain check alone cannot see.
 */
export type AuditAnchor = {
  format: typeof auditAnchorFormat
  /** The UK calendar day it was written for; one file a day. */
  day: string
  anchoredAt: string
  entry: AnchoredEntry
  /** Which key signed it: the first 16 hex digits of the SHA-256 of its public key. */
  keyId: string
  /** Ed25519 over `anchorSignedText`, base64. */
  signature: string
}

/** The exact text that is signed: every field but the signature, in a fixed order. */
export const anchorSignedText = (anchor: Omit<AuditAnchor, 'signature'>): string =>
  JSON.stringify([
    anchor.format,
    anchor.day,
    anchor.anchoredAt,
    anchor.entry.id,
    anchor.entry.sequence,
    anchor.entry.hash,
    anchor.entry.createdAt,
    anchor.keyId,
  ])
