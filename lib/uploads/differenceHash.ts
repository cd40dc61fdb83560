import sharp from 'sharp'

/**
 * Neighbours closer than this in brightness (0 to 255) count as equal: flat areas (a wall, a plain
 * background) then give steady 0 bits instead of ones that flip with every re-encoding's noise.
 */
const flatness = 2

/**
 * A 64-bit difference hash ("dHash") of an image as 16 hex digits: the picture shrunk to 9 × 8 grey pixels,
 * one bit per pair of neighbours in a row (is the right one brighter?). Re-encoding, resizing and small
 * colour changes barely move it, so two photos of the same scene differ in a few bits and unrelated photos
 * in about half of them (`hammingDistance`).
 */
export const differenceHash = async (image: Buffer): Promise<string> => {
  const pixels = await sharp(image)
    .rotate()
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize(9, 8, { fit: 'fill' })
    .raw()
    .toBuffer()
  let hash = 0n
  for (let row = 0; row < 8; row++)
    for (let column = 0; column < 8; column++) {
      const left = pixels[row * 9 + column] ?? 0
      const right = pixels[row * 9 + column + 1] ?? 0
      hash = (hash << 1n) | (right - left > flatness ? 1n : 0n)
    }
  return hash.toString(16).padStart(16, '0')
}

const isHash = (text: string) => /^[0-9a-f]{16}$/.test(text)

const bitsSet = (value: bigint) => {
  let bits = 0
  for (let rest = value; rest; rest >>= 1n) bits += Number(rest & 1n)
  return bits
}

/** Bits that differ between two 16-hex-digit hashes (0 to 64); null when either is not such a hash. */
export const hammingDistance = (a: string, b: string): number | null =>
  isHash(a) && isHash(b) ? bitsSet(BigInt(`0x${a}`) ^ BigInt(`0x${b}`)) : null

/**
 * Whether a hash says anything about the picture. A near-blank image (a black frame, a plain wall) sets
 * almost no bits, or almost all, and every such image would look like every other.
 */
export const isInformativeHash = (hash: string): boolean => {
  if (!isHash(hash)) return false
  const bits = bitsSet(BigInt(`0x${hash}`))
  return bits >= 6 && bits <= 58
}
