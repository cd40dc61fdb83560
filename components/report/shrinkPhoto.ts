/** Phone cameras take 12+ megapixel photos; the server keeps at most 2560 px on the long side anyway. */
const maxSide = 2560
const keepUnder = 1.5 * 1024 * 1024

/**
 * Shrinks a photo in the browser before it is sent: a 5 MB phone photo over a shop's mobile signal takes
 * seconds, and the server would only re-encode it to 2560 px. The orientation is applied and the metadata
 * (GPS included) dropped on the phone. Small photos, and browsers without these APIs, send the original;
 * the server checks and re-encodes every photo either way.
 */
export const shrinkPhoto = async (file: File): Promise<File> => {
  if (file.size <= keepUnder || typeof createImageBitmap !== 'function') return file
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
    if (!blob || blob.size >= file.size) return file
    return new File([blob], `${file.name.replace(/\.\w+$/, '')}.jpg`, { type: 'image/jpeg' })
  } catch {
    return file // an image the browser cannot decode: the server gives the clear message
  }
}
