import path from 'node:path'

/**
 * Where the daily audit anchors are written (docs/audit-chain.md): `NTARS_AUDIT_ANCHOR_DIR`, by default the
 * git-ignored `.data/audit-anchors`. In production it should be a folder copied off the server every day
 * (or a mount of storage the scheme's database administrators cannot write).
 */
export const auditAnchorDir = (): string =>
  // turbopackIgnore: a runtime folder, not source.
  path.resolve(
    /*turbopackIgnore: true*/
    process.env.NTARS_AUDIT_ANCHOR_DIR || path.join(process.cwd(), '.data', 'audit-anchors'),
  )
