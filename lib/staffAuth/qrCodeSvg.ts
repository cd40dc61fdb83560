import QRCode from 'qrcode'

/** The QR code of an otpauth address as a data: URL of an SVG, drawn on the server (no third-party service). */
export const qrCodeSvg = async (text: string): Promise<string> => {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
