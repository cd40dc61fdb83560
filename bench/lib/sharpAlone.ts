import sharp from 'sharp'
import { median } from './percentile'

/**
 * The photo path's ceiling: sharp doing what the upload does to a phone photo (read its header, re-encode
 * to WebP at most 2560 px, make the 320 px thumbnail) at a given concurrency, with no HTTP, database or
 * disk. Photos per second, median of three runs.
 */
export const sharpAlone = async (photo: Buffer, concurrency: number, seconds: number, runs = 3) => {
  const once = async () => {
    let done = 0
    const until = Date.now() + seconds * 1000
    const worker = async () => {
      while (Date.now() < until) {
        await sharp(photo).metadata()
        await sharp(photo)
          .rotate()
          .resize(2560, 2560, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 82 })
          .toBuffer()
        await sharp(photo).rotate().resize(320, 320, { fit: 'cover' }).webp({ quality: 82 }).toBuffer()
        done++
      }
    }
    const started = Date.now()
    await Promise.all(Array.from({ length: concurrency }, worker))
    return done / ((Date.now() - started) / 1000)
  }
  const results: number[] = []
  for (let run = 0; run < runs; run++) results.push(await once())
  return median(results)
}

/** A phone-like JPEG of about 1 MB: a 2,400 × 1,800 picture with enough detail not to compress away. */
export const phonePhoto = async (): Promise<Buffer> => {
  const width = 2400
  const height = 1800
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 7
  for (let index = 0; index < pixels.length; index += 3) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const x = (index / 3) % width
    const y = Math.floor(index / 3 / width)
    const noise = seed % 48
    pixels[index] = (x / 10 + noise) & 0xff
    pixels[index + 1] = (y / 8 + noise) & 0xff
    pixels[index + 2] = ((x + y) / 12 + noise) & 0xff
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 75 })
    .toBuffer()
}
