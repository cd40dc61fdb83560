import 'server-only'

// The reader lives with the PDF writer, so hooks that print a PDF (a signed witness statement) use it too.
export { readPdfBranding } from '@/lib/pdf/readPdfBranding'
