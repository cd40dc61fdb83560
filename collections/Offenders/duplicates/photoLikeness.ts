import { hammingDistance, isInformativeHash } from '@/lib/uploads/differenceHash'

/** Up to this many differing bits two photos count as the same picture (re-encoded, cropped a little). */
const sameBits = 4
/**
 * From this many differing bits on, photos count as unrelated: unrelated photos differ in about 32 bits, a
 * re-encoded or slightly cropped copy in under 10.
 */
const unrelatedBits = 14

/**
 * How alike two profiles' photos are (0 to 1): the closest pair of their difference hashes, 1 up to
 * `sameBits` apart and falling to 0 at `unrelatedBits`. No photos on either side scores 0, and near-blank
 * images are left out (`isInformativeHash`).
 */
export const photoLikeness = (
  left: readonly string[] | null | undefined,
  right: readonly string[] | null | undefined,
): number => {
  let closest = Number.POSITIVE_INFINITY
  for (const a of (left ?? []).filter(isInformativeHash))
    for (const b of (right ?? []).filter(isInformativeHash)) {
      const distance = hammingDistance(a, b)
      if (distance !== null) closest = Math.min(closest, distance)
    }
  if (!Number.isFinite(closest)) return 0
  return Math.min(1, Math.max(0, (unrelatedBits - closest) / (unrelatedBits - sameBits)))
}
