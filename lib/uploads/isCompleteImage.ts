/**
 * Whether an image file reaches its format's end marker: a JPEG ends with EOI (FF D9), a PNG with its IEND
 * chunk, a WebP's RIFF header states its own length. A photo cut off by a dropped connection fails here,
 * before anything is stored, instead of as a vague error half-way through re-encoding.
 */
export const isCompleteImage = (data: Buffer, format: string): boolean => {
  if (format === 'jpeg') {
    // Some cameras pad after EOI: look for it in the last few bytes.
    return data.subarray(-64).includes(Buffer.from([0xff, 0xd9]))
  }
  if (format === 'png') return data.subarray(-12).includes(Buffer.from('IEND', 'ascii'))
  if (format === 'webp') return data.length >= 12 && data.readUInt32LE(4) + 8 <= data.length
  return false
}
