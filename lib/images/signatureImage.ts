import sharp from 'sharp'

/** A drawn signature is small: a canvas PNG is tens of kilobytes; anything far larger is not a signature. */
export const maxSignatureBytes = 512 * 1024
const maxSignaturePixels = 4_000_000
const dataUrlPrefix = 'data:image/png;base64,'

export class SignatureRejected extends Error {}

/**
 * The PNG a signature canvas sent (a data URL), checked by content and re-encoded by sharp, so what is
 * stored and drawn into a PDF is a plain, metadata-free PNG of bounded size. Throws SignatureRejected with a
 * message for the person signing when it is missing, too large or not an image.
 */
export const signatureImage = async (dataUrl: string): Promise<Buffer> => {
  if (!dataUrl.startsWith(dataUrlPrefix)) throw new SignatureRejected('Sign in the box before you submit.')
  const bytes = Buffer.from(dataUrl.slice(dataUrlPrefix.length), 'base64')
  if (bytes.length === 0) throw new SignatureRejected('Sign in the box before you submit.')
  if (bytes.length > maxSignatureBytes)
    throw new SignatureRejected('The signature is too large. Clear it and sign again.')
  try {
    const image = sharp(bytes, { limitInputPixels: maxSignaturePixels })
    const { format } = await image.metadata()
    if (format !== 'png') throw new SignatureRejected('The signature must be drawn in the box.')
    return await image.png({ compressionLevel: 9 }).toBuffer()
  } catch (error) {
    if (error instanceof SignatureRejected) throw error
    throw new SignatureRejected('The signature could not be read. Clear it and sign again.')
  }
}
