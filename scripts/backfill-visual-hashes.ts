/**
 * `npm run backfill:visual-hashes`: one-off after the `evidence_visual_hash` migration. Computes the
 * difference hash of every evidence image stored before hashes were kept, so older photos take part in
 * look-alike matching. Safe to run again: it only touches images without a hash. The seed runs it too.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { backfillVisualHashes } from '@/features/evidence/backfillVisualHashes'

// A one-off script: the jobs queue's timers would keep it alive and must not run here.
process.env.NTARS_JOBS ??= 'off'
const payload = await getPayload({ config })
const { hashed, skipped } = await backfillVisualHashes(payload)
console.log(`Visual hashes: ${hashed} images hashed, ${skipped} could not be read.`)
process.exit(0)
