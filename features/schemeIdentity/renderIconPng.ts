import sharp from 'sharp'

const transparent = { r: 0, g: 0, b: 0, alpha: 0 }
const white = { r: 255, g: 255, b: 255, alpha: 1 }

/**
 * One square PNG icon from the source image: the whole image fitted inside (a wide logo is letterboxed,
 * never cropped), on transparency or, for `opaque`, on white with a margin as home screens expect
 * (`innerRatio` of the width for the image; more margin for a maskable icon).
 */
export const renderIconPng = async (
  source: Buffer,
  size: number,
  opaque = false,
  innerRatio = 0.8,
): Promise<Buffer> => {
  const inner = opaque ? Math.round(size * innerRatio) : size
  const fitted = await sharp(source, { density: 300 })
    .resize(inner, inner, { fit: 'contain', background: opaque ? white : transparent })
    .png()
    .toBuffer()
  if (!opaque) return fitted
  const margin = Math.floor((size - inner) / 2)
  return sharp(fitted)
    .extend({
      top: margin,
      left: margin,
      bottom: size - inner - margin,
      right: size - inner - margin,
      background: white,
    })
    .flatten({ background: white })
    .png()
    .toBuffer()
}
