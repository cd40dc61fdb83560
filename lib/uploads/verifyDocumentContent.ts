import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { allowedDocumentMimeTypes, maxDocumentBytes } from './documentRules'

/**
 * Checks a document upload by its content, not its name or declared type: the bytes must be a PDF or one of
 * the office formats in `documentRules.ts`, within the size limit. Runs before Payload stores anything, and
 * sets the stored MIME type to the detected one.
 */
export const verifyDocumentContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > maxDocumentBytes || file.data.length > maxDocumentBytes) {
    throw new APIError('That file is too large: the limit is 20 MB.', 413, null, true)
  }
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || !allowedDocumentMimeTypes.includes(detected.mime)) {
    throw new APIError(
      'Only PDF, Word (.docx), Excel (.xlsx) or OpenDocument text files are accepted.',
      400,
      null,
      true,
    )
  }
  file.mimetype = detected.mime
  return args
}
