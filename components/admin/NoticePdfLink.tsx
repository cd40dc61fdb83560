'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/**
 * Sidebar links on an exclusion notice in the admin: the notice as a PDF (the signed copy once served) and
 * the serve page. The routes check the staff account themselves; these are only ways there.
 */
export const NoticePdfLink = () => {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <p className="field-type">
      <a className="btn btn--style-secondary btn--size-small" href={`/notices/${id}/pdf`} download>
        Download notice (PDF)
      </a>{' '}
      <a className="btn btn--style-secondary btn--size-small" href={`/notices/${id}/serve`}>
        Serve notice
      </a>
    </p>
  )
}
