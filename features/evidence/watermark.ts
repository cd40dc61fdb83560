import sharp from 'sharp'
import { formatShortDate } from '@/lib/format/formatShortDate'
import { escapeHtml } from '@/lib/text/escapeHtml'

/**
 * Stamps who is looking, for whom and when across a private image, so a screenshot passed on says where
 * it came from. Re-encodes as WebP; nothing of the original's metadata survives.
 */
export const watermark = async (image: Buffer, label: string): Promise<Buffer> => {
  const base = sharp(image)
  const { width = 320, height = 320 } = await base.metadata()
  const fontSize = Math.max(11, Math.round(width / 28))
  const text = escapeHtml(label)
  const rows = Math.max(2, Math.round(height / (fontSize * 6)))
  const lines = Array.from({ length: rows }, (_, row) => {
    const y = Math.round(((row + 0.5) * height) / rows)
    return `<text x="${width / 2}" y="${y}" text-anchor="middle" transform="rotate(-20 ${width / 2} ${y})">${text}</text>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <g font-family="sans-serif" font-size="${fontSize}" font-weight="bold" fill="#ffffff" fill-opacity="0.55" stroke="#000000" stroke-opacity="0.35" stroke-width="0.6">${lines}</g>
</svg>`
  return base
    .composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
    .webp({ quality: 80 })
    .toBuffer()
}

/** "Sam Shopworker · Copper Kettle Café · 26 Nov 2026" */
export const watermarkLabel = (viewer: { name: string; businessName?: string | null }, now = new Date()) =>
  [viewer.name, viewer.businessName, formatShortDate(now)].filter(Boolean).join(' · ')
