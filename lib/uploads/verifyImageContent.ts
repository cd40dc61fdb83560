import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { allowedSharpFormats, maxImagePixels, maxUploadBytes } from './imageRules'
import { isCompleteImage } from './isCompleteImage'

/**
 * Checks an upload by what it contains, not by its name or declared type: it must decode as a JPEG, PNG
 * or WebP within the size and pixel limits. Runs before Payload stores or re-encodes anything.
 */
export const verifyImageContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > maxUploadBytes || file.data.length > maxUploadBytes) {
    throw new APIError('That image is too large: the limit is 10 MB.', 413, null, true)
  }
  let format: string | undefined
  let pixels = 0
  try {
    const meta = await sharp(file.data, { limitInputPixels: maxImagePixels }).metadata()
    format = meta.format
    pixels = (meta.width ?? 0) * (meta.height ?? 0)
  } catch {
    throw new APIError('That file is not a readable image. Use a JPEG, PNG or WebP photo.', 400, null, true)
  }
  if (!format || !allowedSharpFormats.includes(format) || pixels === 0) {
    throw new APIError('Only JPEG, PNG or WebP photos are accepted.', 400, null, true)
  }
  if (!isCompleteImage(file.data, format)) {
    throw new APIError(
      'That photo is incomplete (it may not have finished sending). Add it again.',
      400,
      null,
      true,
    )
  }
  return args
}
