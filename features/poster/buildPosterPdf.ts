import 'server-only'
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import QRCode from 'qrcode'
import { brandColoursOf } from '@/lib/brand/brandColoursOf'
import type { PdfBranding } from '@/lib/pdf/createPdfWriter'
import { winAnsiText } from '@/lib/pdf/winAnsiText'

const width = 595.28 // A4 in points
const height = 841.89

const rgbOf = (hex: string) => {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255
  return rgb(channel(1), channel(3), channel(5))
}

export type PosterContent = { businessName: string; url: string; brandColour: string | null | undefined }

/**
 * A one-page A4 "Scan to report" poster: a band in the scheme's colour with its logo and name, the QR code
 * of the business's report address drawn as vector squares (sharp at any print size), the business's name
 * and the address in words for anyone whose camera will not read it. `printed` lists the text drawn.
 */
export const buildPosterPdf = async (content: PosterContent, branding: PdfBranding) => {
  const doc = await PDFDocument.create()
  doc.setTitle(`Scan to report: ${content.businessName}`)
  doc.setCreator(branding.schemeName)
  const page = doc.addPage([width, height])
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const characters = new Set(regular.getCharacterSet())
  const colours = brandColoursOf(content.brandColour)
  const printed: string[] = []
  const centred = (raw: string, y: number, size: number, font = regular, colour = rgb(0, 0, 0)) => {
    let text = winAnsiText(raw, characters)
    while (text.length > 1 && font.widthOfTextAtSize(text, size) > width - 60) text = `${text.slice(0, -2)}…`
    page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: colour })
    printed.push(text)
  }

  // The scheme's band: its colour, logo and name.
  page.drawRectangle({ x: 0, y: height - 130, width, height: 130, color: rgbOf(colours.brand) })
  if (branding.logoPng) {
    const logo = await doc.embedPng(branding.logoPng)
    const scaled = logo.scaleToFit(220, 70)
    page.drawImage(logo, { x: (width - scaled.width) / 2, y: height - 85, ...scaled })
  }
  centred(branding.schemeName, height - 115, 18, bold, rgbOf(colours.onBrand))

  centred('Scan to report', height - 200, 44, bold, rgbOf(colours.brandInk))
  centred(content.businessName, height - 245, 24, bold)

  // The QR code, 300 points square, dark modules on white with the standard quiet zone.
  const qr = QRCode.create(content.url, { errorCorrectionLevel: 'M' })
  const size = qr.modules.size
  const side = 300
  const cell = side / (size + 8)
  const left = (width - side) / 2
  const top = height - 275
  page.drawRectangle({ x: left, y: top - side, width: side, height: side, color: rgb(1, 1, 1) })
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!qr.modules.get(row, column)) continue
      page.drawRectangle({
        x: left + (column + 4) * cell,
        y: top - (row + 5) * cell,
        width: cell,
        height: cell,
        color: rgb(0, 0, 0),
      })
    }
  }

  const below = top - side - 40
  centred('Staff of this shop: scan with your phone camera,', below, 16)
  centred('sign in, and the report form opens.', below - 22, 16)
  centred('In an emergency, or if a crime is happening now, call 999.', below - 60, 14, bold)
  centred(content.url, 60, 10, regular, rgb(0.2, 0.2, 0.2))
  return { bytes: await doc.save(), printed }
}
