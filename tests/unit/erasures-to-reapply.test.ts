/**
 * Which erasures a restore re-applies: those the ledger records after the archive's snapshot, and only from
 * a ledger of the same history (after an earlier restore, ids in a ledger of the old history may name
 * other records).
 */
import { describe, expect, it } from 'vitest'
import type { BackupManifest } from '@/scripts/lib/backup/backupManifest'
import type { ErasureEntry } from '@/scripts/lib/backup/erasureEntry'
import type { ErasureLedger } from '@/scripts/lib/backup/erasureLedger'
import { erasuresToReapply } from '@/scripts/lib/backup/erasuresToReapply'

const erasure = (sequence: number, hash = `h${sequence}`): ErasureEntry => ({
  sequence,
  hash,
  at: new Date(Date.UTC(2026, 0, sequence)).toISOString(),
  action: 'delete',
  collection: 'offenders',
  id: sequence * 10,
  evidence: [],
})

const manifest = (latest: number, erasures: ErasureEntry[]) =>
  ({
    audit: {
      latest: { id: latest, sequence: latest, hash: `h${latest}`, createdAt: '2026-01-01T00:00:00.000Z' },
    },
    erasures,
  }) as unknown as BackupManifest

const ledger = (latest: number, erasures: ErasureEntry[], latestHash = `h${latest}`): ErasureLedger => ({
  format: 'ntars-erasures-1',
  exportedAt: '2026-02-01T00:00:00.000Z',
  latestAudit: { sequence: latest, hash: latestHash },
  erasures,
})

describe('erasuresToReapply', () => {
  it('takes the erasures recorded after the snapshot', () => {
    const result = erasuresToReapply(
      manifest(5, [erasure(2)]),
      ledger(9, [erasure(2), erasure(6), erasure(8)]),
    )
    expect(result).toEqual({ ok: true, erasures: [erasure(6), erasure(8)] })
  })

  it('has nothing to re-apply from a ledger no newer than the archive', () => {
    expect(erasuresToReapply(manifest(5, [erasure(2)]), ledger(5, [erasure(2)]))).toEqual({
      ok: true,
      erasures: [],
    })
  })

  it('refuses a ledger of another history', () => {
    const changed = erasuresToReapply(manifest(5, [erasure(2)]), ledger(9, [erasure(2, 'other'), erasure(6)]))
    expect(changed).toMatchObject({ ok: false, problem: expect.stringMatching(/not of the same history/) })
    const missing = erasuresToReapply(manifest(5, [erasure(2)]), ledger(9, [erasure(6)]))
    expect(missing.ok).toBe(false)
    const head = erasuresToReapply(manifest(5, []), ledger(5, [], 'other'))
    expect(head.ok).toBe(false)
  })
})
