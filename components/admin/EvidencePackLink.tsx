'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/**
 * Sidebar link on an incident in the admin: the evidence pack route checks the staff account itself
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
      </a>
    </p>
  )
}
