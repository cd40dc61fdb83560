import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { nobody, nobodyField } from '@/access/common'
import { isAdmin, isContentStaff } from '@/access/staff'
import { noStoreHeaders } from '@/lib/security/noStoreHeaders'
import { allowedDocumentMimeTypes } from '@/lib/uploads/documentRules'
import { storageDir } from '@/lib/uploads/storageDir'
import { verifyDocumentContent } from '@/lib/uploads/verifyDocumentContent'
import { readDocumentVersions } from './access/readDocumentVersions'
import { fingerprintDocument } from './hooks/fingerprintDocument'
import { moveCurrentVersion } from './hooks/moveCurrentVersion'
import { refuseDeletingReadVersion } from './hooks/refuseDeletingReadVersion'
import { stampVersion } from './hooks/stampVersion'

/**
 * One immutable file of a library document: its label ("v2", "2026 edition"), when it was published, what
 * changed, and the SHA-256 of its bytes. Uploading one makes it the document's current version. Nobody edits
 * a version; a correction is a new version. Files are private: members get them only through
 * app/(members)/documents/[id]/file, staff through Payload's access-checked file route.
 */
export const DocumentVersions: CollectionConfig = {
  slug: 'document-versions',
  labels: { singular: 'Document version', plural: 'Document versions' },
  admin: {
    useAsTitle: 'versionLabel',
    defaultColumns: ['document', 'versionLabel', 'publishedAt', 'changeNote'],
    group: 'Scheme',
  },
  access: {
    read: readDocumentVersions,
    create: isContentStaff,
    update: nobody,
    // Old versions are kept as the record of what members read and accepted; only an admin removes a mistake.
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [verifyDocumentContent, fingerprintDocument],
    beforeChange: [stampVersion],
    afterChange: [moveCurrentVersion],
    beforeDelete: [refuseDeletingReadVersion],
  },
  upload: {
    staticDir: path.join(storageDir, 'document-versions'),
    mimeTypes: allowedDocumentMimeTypes,
    pasteURL: false,
    crop: false,
    focalPoint: false,
    modifyResponseHeaders: noStoreHeaders,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'document', type: 'relationship', relationTo: 'documents', required: true, index: true },
    { name: 'versionLabel', type: 'text', required: true, maxLength: 40 },
    { name: 'changeNote', type: 'textarea', maxLength: 500 },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'sha256',
      label: 'SHA-256',
      type: 'text',
      maxLength: 64,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Fingerprint of the file as uploaded.' },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
  timestamps: true,
}
