import type { PackFormat } from './evidencePackResponse'

/** `?format=zip` asks for the structured export; anything else (or nothing) for the PDF pack. */
export const packFormatOf = (request: Request): PackFormat =>
  new URL(request.url).searchParams.get('format') === 'zip' ? 'zip' : 'pdf'
