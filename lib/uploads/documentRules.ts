/**
 * What the document library accepts, by what the bytes are (file-type reads the magic numbers and, for the
 * office formats, the ZIP's contents): PDF, Word, Excel and OpenDocument text. Never HTML, SVG or scripts.
 */
export const allowedDocumentMimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
]
export const maxDocumentBytes = 20 * 1024 * 1024
