import type { BackupManifest } from './backupManifest'
import type { ErasureEntry } from './erasureEntry'
import type { ErasureLedger } from './erasureLedger'

export type ErasuresToReapply = { ok: true; erasures: ErasureEntry[] } | { ok: false; problem: string }

/**
 * The erasures a restore of `manifest`'s snapshot must re-apply: those the ledger records after the
 * snapshot's newest audit entry. The ledger must describe the same history as the archive: up to the
 * snapshot both must list the same erasures with the same chain hashes (after an earlier restore the ids
 * in a ledger of the old history may name other records).
 */
export const erasuresToReapply = (manifest: BackupManifest, ledger: ErasureLedger): ErasuresToReapply => {
  const snapshot = manifest.audit.latest
  const upTo = snapshot?.sequence ?? 0
  const ledgerUpTo = ledger.latestAudit?.sequence ?? 0
  const otherHistory = (detail: string): ErasuresToReapply => ({
    ok: false,
    problem: `The erasure ledger (${ledger.exportedAt}) is not of the same history as the archive: ${detail}.`,
  })
  if (
    snapshot &&
    ledger.latestAudit?.sequence === snapshot.sequence &&
    ledger.latestAudit.hash !== snapshot.hash
  )
    return otherHistory(`audit entry ${snapshot.sequence} differs`)
  const inLedger = new Map(ledger.erasures.map((erasure) => [erasure.sequence, erasure.hash]))
  const inArchive = new Map(manifest.erasures.map((erasure) => [erasure.sequence, erasure.hash]))
  for (const erasure of ledger.erasures.filter((entry) => entry.sequence <= upTo)) {
    if (inArchive.get(erasure.sequence) !== erasure.hash)
      return otherHistory(`its erasure at audit entry ${erasure.sequence} is not in the archive`)
  }
  for (const erasure of manifest.erasures.filter((entry) => entry.sequence <= ledgerUpTo)) {
    if (inLedger.get(erasure.sequence) !== erasure.hash)
      return otherHistory(`the archive's erasure at audit entry ${erasure.sequence} is not in the ledger`)
  }
  return { ok: true, erasures: ledger.erasures.filter((entry) => entry.sequence > upTo) }
}
