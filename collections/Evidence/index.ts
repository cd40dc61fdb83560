import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager, isSchemeManagerField } from '@/access/staff'
import { auditEvidenceFileView } from '@/lib/audit/auditEvidenceFileView'
import { noStoreHeaders } from '@/lib/security/noStoreHeaders'
import { allowedImageMimeTypes } from '@/lib/uploads/imageRules'
import { storageDir } from '@/lib/uploads/storageDir'
import { verifyImageContent } from '@/lib/uploads/verifyImageContent'
import { createEvidence } from './access/createEvidence'
import { readEvidence } from './access/readEvidence'
import { checkMemberLinks } from './hooks/checkMemberLinks'
import { fingerprintOriginal } from './hooks/fingerprintOriginal'
import { storeVisualHash } from './hooks/storeVisualHash'
import { takeUploaderFromSession } from './hooks/takeUploaderFromSession'

/**
 * Private images: offender photos and CCTV stills. Every file is re-encoded by sharp (metadata such as GPS
 * is dropped), kept outside `public/`, and served only by Payload's access-checked file route.
 */
export const Evidence: CollectionConfig = {
  slug: 'evidence',
  labels: { singular: 'Evidence photo', plural: 'Evidence' },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'incident', 'offender', 'createdAt'],
    group: 'Scheme',
  },
  access: {
    create: createEvidence,
    read: readEvidence,
    update: isSchemeManager,
    delete: isSchemeManager,
  },
  hooks: {
    beforeOperation: [verifyImageContent, fingerprintOriginal],
    beforeChange: [checkMemberLinks, takeUploaderFromSession, storeVisualHash],
  },
  upload: {
    staticDir: path.join(storageDir, 'evidence'),
    mimeTypes: allowedImageMimeTypes,
    pasteURL: false,
    crop: false,
    focalPoint: false,
    // Re-encoding drops EXIF, GPS and any payload hidden after the image data.
    formatOptions: { format: 'webp', options: { quality: 82 } },
    resizeOptions: { width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      {
        name: 'thumbnail',
        width: 320,
        height: 320,
        fit: 'cover',
        formatOptions: { format: 'webp', options: { quality: 75 } },
      },
    ],
    adminThumbnail: 'thumbnail',
    modifyResponseHeaders: noStoreHeaders,
    handlers: [auditEvidenceFileView],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'incident-photo',
      index: true,
      options: [
        { label: 'Incident photo', value: 'incident-photo' },
        { label: 'CCTV still', value: 'cctv-still' },
        { label: 'Offender photo', value: 'offender-photo' },
      ],
    },
    { name: 'caption', type: 'text', maxLength: 200 },
    {
      name: 'incident',
      type: 'relationship',
      relationTo: 'incidents',
      index: true,
      access: { update: isSchemeManagerField },
    },
    {
      name: 'offender',
      type: 'relationship',
      relationTo: 'offenders',
      index: true,
      access: { update: isSchemeManagerField },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'originalSha256',
      label: 'Original SHA-256',
      type: 'text',
      maxLength: 64,
      admin: { readOnly: true, position: 'sidebar', description: 'Fingerprint of the file as received.' },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'visualHash',
      type: 'text',
      maxLength: 16,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Difference hash of the image, used to find look-alike profiles by photo.',
      },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
  timestamps: true,
}
