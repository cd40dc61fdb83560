import sharp from 'sharp'

/**
 * A placeholder "photo" for a fictional profile: a head-and-shoulders silhouette on a coloured ground with
 * a label, drawn locally (no downloads, no real faces).
 */
export const placeholderImage = async (label: string, hue: number): Promise<Buffer> => {
  const safeLabel = label.replace(/[^A-Za-z0-9 #-]/g, '')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600" viewBox="0 0 480 600">
  <rect width="480" height="600" fill="hsl(${hue}, 35%, 72%)"/>
  <circle cx="240" cy="230" r="110" fill="hsl(${hue}, 20%, 35%)"/>
  <path d="M40 600 C60 420 160 370 240 370 C320 370 420 420 440 600 Z" fill="hsl(${hue}, 20%, 35%)"/>
  <rect x="0" y="540" width="480" height="60" fill="rgba(0,0,0,0.55)"/>
  <text x="240" y="580" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">${safeLabel}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
