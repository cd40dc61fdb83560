'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'

/**
 * Sidebar link on a business in the admin: its "Scan to report" poster as an A4 PDF (docs/report-poster.md).
 * The route checks the staff account itself (admin or scheme manager), so this is only a way there.
 */
export const PosterLink = () => {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <div className="field-type">
      <Button buttonStyle="secondary" size="small" el="anchor" url={`/staff/posters/${id}`} newTab>
        Print report poster (PDF)
      </Button>
    </div>
  )
}
