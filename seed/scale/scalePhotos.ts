import { createHash } from 'node:crypto'
import { link, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { placeholderImage } from '../placeholderImage'

export type PhotoVariant = {
  file: string
  thumbnail: string
  size: number
  thumbnailSize: number
  originalSha256: string
}

/**
 * A few dozen drawn placeholder photos, stored the way Payload stores an evidence upload (WebP at most
 * 2560 px and a 320 × 320 thumbnail), to be copied once per profile: 10,000 distinct drawings would add
 * minutes and prove nothing more.
 */
export const photoVariants = async (dir: string, count: number): Promise<PhotoVariant[]> => {
  await mkdir(dir, { recursive: true })
  const variants: PhotoVariant[] = []
  for (let index = 0; index < count; index++) {
    const original = await placeholderImage(`Scale profile ${index + 1}`, (index * 37) % 360)
    const image = await sharp(original).webp({ quality: 82 }).toBuffer()
    const thumbnail = await sharp(original)
      .resize(320, 320, { fit: 'cover' })
      .webp({ quality: 82 })
      .toBuffer()
    const file = path.join(dir, `scale-variant-${index}.webp`)
    const thumbnailFile = path.join(dir, `scale-variant-${index}-320x320.webp`)
    await writeFile(file, image)
    await writeFile(thumbnailFile, thumbnail)
    variants.push({
      file,
      thumbnail: thumbnailFile,
      size: image.length,
      thumbnailSize: thumbnail.length,
      originalSha256: createHash('sha256').update(original).digest('hex'),
    })
  }
  return variants
}

/**
 * Stores a variant under a profile's own file names, as hard links: the same bytes either way, and at 10×
 * (100,000 profiles) copies would cost minutes and gigabytes. Deleting one name leaves the others.
 */
export const storeProfilePhoto = async (dir: string, variant: PhotoVariant, name: string) => {
  await link(variant.file, path.join(dir, `${name}.webp`))
  await link(variant.thumbnail, path.join(dir, `${name}-320x320.webp`))
  return { filename: `${name}.webp`, thumbnail: `${name}-320x320.webp` }
}
