/**
 * A Windows icon file (`favicon.ico`) holding the given square PNGs, one entry per size. Since Windows
 * Vista every browser reads PNG entries in an ICO, so the images need no conversion to bitmaps: the file is
 * a 6-byte header, a 16-byte directory entry per image, then the PNGs as they are.
 */
export const icoFromPngs = (images: readonly { size: number; png: Uint8Array }[]): Buffer => {
  const headerBytes = 6 + 16 * images.length
  const header = Buffer.alloc(headerBytes)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = headerBytes
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256)
      throw new Error(`An ICO image is 1 to 256 px, not ${size}`)
    const entry = 6 + 16 * index
    header.writeUInt8(size === 256 ? 0 : size, entry) // width; 0 means 256
    header.writeUInt8(size === 256 ? 0 : size, entry + 1) // height
    header.writeUInt8(0, entry + 2) // no palette
    header.writeUInt8(0, entry + 3) // reserved
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))])
}
