import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { SignatureRejected, signatureImage } from '@/lib/images/signatureImage'

const pngDataUrl = async () => {
  const png = await sharp({ create: { width: 300, height: 120, channels: 3, background: '#ffffff' } })
    .png()
    .withMetadata({ exif: { IFD0: { Artist: 'Someone' } } })
    .toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

describe('signatureImage', () => {
  it('re-encodes a drawn PNG and drops its metadata', async () => {
    const out = await signatureImage(await pngDataUrl())
    const meta = await sharp(out).metadata()
    expect(meta.format).toBe('png')
    expect(meta.width).toBe(300)
    expect(meta.exif).toBeUndefined()
  })

  it('refuses an empty or missing signature with a message', async () => {
    await expect(signatureImage('')).rejects.toThrow(SignatureRejected)
    await expect(signatureImage('data:image/png;base64,')).rejects.toThrow('Sign in the box')
  })

  it('refuses a JPEG dressed as a PNG, and bytes that are no image', async () => {
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer()
    await expect(signatureImage(`data:image/png;base64,${jpeg.toString('base64')}`)).rejects.toThrow(
      'drawn in the box',
    )
    await expect(
      signatureImage(`data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`),
    ).rejects.toThrow(SignatureRejected)
  })

  it('refuses an oversized payload before decoding it', async () => {
    const big = Buffer.alloc(600 * 1024, 1).toString('base64')
    await expect(signatureImage(`data:image/png;base64,${big}`)).rejects.toThrow('too large')
  })
})
