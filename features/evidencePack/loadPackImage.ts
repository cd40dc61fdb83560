import 'server-only'
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { readEvidenceBytes } from '@/features/evidence/readEvidenceBytes'
import type { Evidence } from '@/payload-types'
import type { PackImage } from './types'

/**
 * One evidence file for a pack: its stored bytes hashed as they are kept, and a JPEG copy to print (PDF
 * cannot embed WebP). The caller has read the evidence document with the viewer's access.
 */
export const loadPackImage = async (payload: Payload, evidence: Evidence): Promise<PackImage | null> => {
  if (!evidence.filename) return null
  const stored = await readEvidenceBytes(payload, evidence, evidence.filename)
  const jpeg = await sharp(stored)
    .rotate()
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 88 })
    .toBuffer()
  return {
    evidenceId: evidence.id,
    filename: evidence.filename,
    kind: evidence.kind,
    caption: evidence.caption ?? null,
    uploadedAt: evidence.createdAt,
    originalSha256: evidence.originalSha256 ?? null,
    storedSha256: createHash('sha256').update(stored).digest('hex'),
    jpeg: new Uint8Array(jpeg),
  }
}
