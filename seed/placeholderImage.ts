import sharp from 'sharp'

/** A small stable number from text, so the same label always draws the same picture. */
const seedOf = (text: string) => {
  let seed = 2166136261
  for (const char of text) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0
  return seed
}

/**
 * A placeholder "photo" for a fictional profile: a head-and-shoulders silhouette in front of shelving, on a
 * coloured ground, with a label, drawn locally (no downloads, no real faces). Where the figure stands and
 * how the shelves fall follow from `look` (by default the label), so different profiles get pictures the
 * photo-likeness check tells apart, and the same `look` under another label draws the same scene.
 */
export const placeholderImage = async (label: string, hue: number, look = label): Promise<Buffer> => {
  const safeLabel = label.replace(/[^A-Za-z0-9 #-]/g, '')
  const seed = seedOf(look)
  const x = 120 + (seed % 241)
  const radius = 85 + ((seed >>> 9) % 40)
  const shelves = [0, 1, 2, 3, 4, 5].map((index) => {
    const bits = seedOf(`${look}#${index}`)
    return `<rect x="${index * 80}" y="${(bits % 12) * 30}" width="80" height="${80 + ((bits >>> 4) % 8) * 40}" fill="hsl(${hue}, 25%, ${20 + ((bits >>> 8) % 8) * 10}%)"/>`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600" viewBox="0 0 480 600">
  <rect width="480" height="600" fill="hsl(${hue}, 35%, 72%)"/>
  ${shelves.join('\n  ')}
  <circle cx="${x}" cy="${200 + radius}" r="${radius}" fill="hsl(${hue}, 20%, 35%)"/>
  <path d="M${x - 200} 600 C${x - 180} 420 ${x - 80} 370 ${x} 370 C${x + 80} 370 ${x + 180} 420 ${x + 200} 600 Z" fill="hsl(${hue}, 20%, 35%)"/>
  <rect x="0" y="540" width="480" height="60" fill="rgba(0,0,0,0.55)"/>
  <text x="240" y="580" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">${safeLabel}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
