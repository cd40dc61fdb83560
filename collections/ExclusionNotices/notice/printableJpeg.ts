import sharp from 'sharp'

/**
 * A stored image (WebP, PNG, JPEG) as a JPEG a PDF can embed, flattened on white and no taller than
 * `maxHeight` pixels, so a large photo or map does not swell the notice.
 */
export const printableJpeg = async (bytes: Uint8Array, maxHeight = 900): Promise<Uint8Array> =>
  new Uint8Array(
    await sharp(bytes)
      .rotate()
      .resize({ height: maxHeight, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .toBuffer(),
  )
