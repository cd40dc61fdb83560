'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/**
 * Sidebar links on an incident in the admin, the PDF pack and the structured ZIP (docs/evidence-export.md): the evidence pack route checks the staff account itself
 * (admin or scheme manager), so this is only a way there, not the permission.
 */
export const EvidencePackLink = () => {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <p className="field-type">
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/evidence-pack/incidents/${id}`}
        download
      >
        Download evidence pack (PDF)
      </a>{' '}
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/evidence-pack/incidents/${id}?format=zip`}
        download
      >
        Download as ZIP (JSON + files)
      </a>
    </p>
  )
}
