import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { differenceHash, hammingDistance, isInformativeHash } from '@/lib/uploads/differenceHash'

/** A drawn test picture: a dark figure at `x` on a light ground, with a bar across at `bar`. */
const drawing = (x: number, bar: number) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
  <rect width="400" height="300" fill="#ddd"/>
  <circle cx="${x}" cy="110" r="60" fill="#333"/>
  <rect x="0" y="${bar}" width="400" height="30" fill="#777"/>
</svg>`),
  )
    .png()
    .toBuffer()

describe('difference hash', () => {
  it('gives 16 hex digits, the same for a re-encoded and resized copy', async () => {
    const original = await drawing(120, 220)
    // As the evidence collection stores an upload, and as a second, smaller and poorer copy of it.
    const stored = await sharp(original).webp({ quality: 82 }).toBuffer()
    const smallCopy = await sharp(original).resize(200).webp({ quality: 60 }).toBuffer()
    const hash = await differenceHash(stored)
    expect(hash).toMatch(/^[0-9a-f]{16}$/)
    expect(hammingDistance(hash, await differenceHash(smallCopy))).toBeLessThanOrEqual(2)
    expect(hammingDistance(hash, await differenceHash(original))).toBeLessThanOrEqual(4)
  })

  it('sets a pair of different pictures far apart', async () => {
    const left = await differenceHash(await drawing(80, 40))
    const right = await differenceHash(await drawing(320, 250))
    expect(hammingDistance(left, right)).toBeGreaterThan(16)
  })

  it('counts differing bits, and refuses what is not a hash', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0)
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64)
    expect(hammingDistance('0000000000000000', '000000000000000f')).toBe(4)
    expect(hammingDistance('xyz', '0000000000000000')).toBeNull()
  })

  it('calls a blank picture uninformative and a drawn one informative', async () => {
    const blank = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    expect(isInformativeHash(await differenceHash(blank))).toBe(false)
    expect(isInformativeHash(await differenceHash(await drawing(120, 220)))).toBe(true)
    expect(isInformativeHash('nonsense')).toBe(false)
  })
})
