import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { auditDelete } from '@/lib/audit/auditChange'
import { noStoreHeaders } from '@/lib/security/noStoreHeaders'
import { storageDir } from '@/lib/uploads/storageDir'
import { readSignedDocuments } from './access/readSignedDocuments'
import { signedDocumentKinds } from './signedDocumentKinds'

/**
 * Signed PDFs the system makes: a served exclusion notice, a witness statement. They are evidence, so they
 * are kept with their SHA-256 and served only through the access-checked file route, never cached. Nobody
 * uploads one: the hook that records the signature renders and stores it.
 */
export const SignedDocuments: CollectionConfig = {
  slug: 'signed-documents',
  labels: { singular: 'Signed document', plural: 'Signed documents' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'offender', 'incident', 'createdAt'],
    group: 'Scheme',
  },
  access: {
    read: readSignedDocuments,
    create: () => false,
    update: () => false,
    delete: isSchemeManager,
  },
  // A signed copy is evidence: its deletion (by staff, or with its notice or statement) is audit-logged.
  hooks: { afterDelete: [auditDelete] },
  upload: {
    staticDir: path.join(storageDir, 'signed-documents'),
    mimeTypes: ['application/pdf'],
    pasteURL: false,
    crop: false,
    focalPoint: false,
    modifyResponseHeaders: noStoreHeaders,
  },
  fields: [
    { name: 'kind', type: 'select', required: true, index: true, options: [...signedDocumentKinds] },
    { name: 'offender', type: 'relationship', relationTo: 'offenders', index: true },
    { name: 'incident', type: 'relationship', relationTo: 'incidents', index: true },
    {
      name: 'sha256',
      label: 'SHA-256',
      type: 'text',
      required: true,
      maxLength: 64,
      index: true,
      admin: { readOnly: true, description: 'Fingerprint of the signed PDF as stored.' },
    },
  ],
  timestamps: true,
}
