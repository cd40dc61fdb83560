import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import { winAnsiText } from './winAnsiText'

const pageWidth = 595.28 // A4 in points
const pageHeight = 841.89
const margin = 50
const footerSpace = 40
const contentWidth = pageWidth - 2 * margin

/** pdf-lib's colour for "#rrggbb". */
const rgbOf = (hex: string) => {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255
  return rgb(channel(1), channel(3), channel(5))
}

export type BarItem = { label: string; value: number }

/** Whose document it is: the scheme's short name (document properties, heading) and its logo as PNG, if any. */
export type PdfBranding = { schemeName: string; logoPng: Uint8Array | null }

/**
 * A small top-to-bottom PDF writer over pdf-lib for plain printable documents (evidence packs, outcome
 * reports): headings, wrapped paragraphs, label/value rows, JPEG/PNG images and horizontal bar charts drawn
 * as rectangles, with a footer on every page. Every line it draws is also kept in `printed`, so callers
 * and tests can see exactly what the document says without a PDF text extractor.
 */
export const createPdfWriter = async (title: string, branding: PdfBranding) => {
  const doc = await PDFDocument.create()
  doc.setTitle(title)
  doc.setCreator(branding.schemeName)
  doc.setProducer(branding.schemeName)
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const characterSet = new Set(regular.getCharacterSet())
  const printed: string[] = []
  const pages: PDFPage[] = []
  let page: PDFPage
  let y = 0

  const newPage = () => {
    page = doc.addPage([pageWidth, pageHeight])
    pages.push(page)
    y = pageHeight - margin
  }
  newPage()

  const ensureSpace = (height: number) => {
    if (y - height < margin + footerSpace) newPage()
  }

  /** Splits text into lines that fit the width, breaking over-long words (hashes, URLs) too. */
  const wrap = (text: string, font: PDFFont, size: number, width: number): string[] => {
    const lines: string[] = []
    let line = ''
    const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width
    for (const word of text.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word
      if (fits(candidate)) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      let rest = word
      while (!fits(rest) && rest.length > 1) {
        let cut = rest.length - 1
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--
        lines.push(rest.slice(0, cut))
        rest = rest.slice(cut)
      }
      line = rest
    }
    if (line) lines.push(line)
    return lines.length ? lines : ['']
  }

  const drawLines = (
    text: string,
    options: { font?: PDFFont; size?: number; indent?: number; gapAfter?: number } = {},
  ) => {
    const font = options.font ?? regular
    const size = options.size ?? 10
    const indent = options.indent ?? 0
    const lineHeight = size * 1.35
    for (const line of wrap(winAnsiText(text, characterSet), font, size, contentWidth - indent)) {
      ensureSpace(lineHeight)
      y -= lineHeight
      page.drawText(line, { x: margin + indent, y, size, font, color: rgb(0, 0, 0) })
      printed.push(line)
    }
    y -= options.gapAfter ?? 0
  }

  /** Draws an image scaled to fit the width and at most `maxHeight` points tall. */
  const image = async (bytes: Uint8Array, kind: 'jpeg' | 'png', maxHeight = 300) => {
    const embedded = kind === 'jpeg' ? await doc.embedJpg(bytes) : await doc.embedPng(bytes)
    const scale = Math.min(1, contentWidth / embedded.width, maxHeight / embedded.height)
    const width = embedded.width * scale
    const height = embedded.height * scale
    ensureSpace(height + 6)
    y -= height
    page.drawImage(embedded, { x: margin, y, width, height })
    y -= 6
  }

  return {
    printed,
    /** The scheme's logo, small, at the top of the first page (nothing when the scheme has none). */
    logo: async () => {
      if (branding.logoPng) await image(branding.logoPng, 'png', 48)
    },
    heading: (text: string, size = 14) => {
      ensureSpace(size * 3)
      y -= size * 0.6
      drawLines(text, { font: bold, size, gapAfter: 4 })
    },
    paragraph: (text: string, size = 10) => {
      for (const part of text.split(/\r?\n/)) drawLines(part, { size })
      y -= 4
    },
    /** "Label: value", wrapped like any paragraph line. */
    field: (label: string, value: string) => {
      drawLines(`${label}: ${value}`, { size: 10 })
    },
    /**
     * A full-width coloured band with bold text on it (a branded title, a notice's stage). Colours are
     * "#rrggbb"; the caller picks a text colour that reads on the background.
     */
    band: (text: string, colours: { background: string; text: string }, size = 16) => {
      const lines = wrap(winAnsiText(text, characterSet), bold, size, contentWidth - 20)
      const lineHeight = size * 1.35
      const height = lines.length * lineHeight + 16
      ensureSpace(height + 8)
      y -= height
      page.drawRectangle({ x: margin, y, width: contentWidth, height, color: rgbOf(colours.background) })
      lines.forEach((line, index) => {
        page.drawText(line, {
          x: margin + 10,
          y: y + height - 8 - (index + 1) * lineHeight + size * 0.3,
          size,
          font: bold,
          color: rgbOf(colours.text),
        })
        printed.push(line)
      })
      y -= 8
    },
    gap: (points = 8) => {
      y -= points
    },
    image,
    /** A horizontal bar per item, longest bar = the largest value; labels and values printed as text. */
    bars: (items: readonly BarItem[], format: (value: number) => string = String) => {
      const max = items.reduce((largest, item) => Math.max(largest, item.value), 0)
      const labelWidth = 170
      const barSpace = contentWidth - labelWidth - 70
      for (const item of items) {
        ensureSpace(16)
        y -= 14
        const label = winAnsiText(item.label, characterSet)
        const value = format(item.value)
        page.drawText(label, { x: margin, y, size: 9, font: regular, maxWidth: labelWidth - 6 })
        const width = max > 0 ? Math.max(item.value > 0 ? 1 : 0, (item.value / max) * barSpace) : 0
        if (width > 0) {
          page.drawRectangle({
            x: margin + labelWidth,
            y: y - 1,
            width,
            height: 9,
            color: rgb(0.15, 0.35, 0.6),
          })
        }
        page.drawText(value, { x: margin + labelWidth + width + 4, y, size: 9, font: regular })
        printed.push(`${label} ${value}`)
      }
      y -= 6
    },
    /** Writes the footer on every page and returns the file. Object streams off keeps it readable by old tools. */
    save: async (footer: string): Promise<Uint8Array> => {
      const safeFooter = winAnsiText(footer, characterSet)
      pages.forEach((each, index) => {
        const text = `${safeFooter} | Page ${index + 1} of ${pages.length}`
        for (const [lineIndex, line] of wrap(text, regular, 8, contentWidth).entries()) {
          each.drawText(line, { x: margin, y: margin - lineIndex * 10, size: 8, font: regular })
          if (index === 0) printed.push(line)
        }
      })
      return doc.save({ useObjectStreams: false })
    },
  }
}

export type PdfWriter = Awaited<ReturnType<typeof createPdfWriter>>
