import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '@/access/common'
import { isContentStaff } from '@/access/staff'
import { allowedImageMimeTypes } from '@/lib/uploads/imageRules'
import { storageDir } from '@/lib/uploads/storageDir'
import { verifyImageContent } from '@/lib/uploads/verifyImageContent'

/** Public images for campaigns and briefings. Never photos of offenders: those are `evidence`. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'Content' },
  access: {
    read: anyone,
    create: isContentStaff,
    update: isContentStaff,
    delete: isContentStaff,
  },
  hooks: {
    beforeOperation: [verifyImageContent],
  },
  upload: {
    staticDir: path.join(storageDir, 'media'),
    mimeTypes: allowedImageMimeTypes,
    pasteURL: false,
    formatOptions: { format: 'webp', options: { quality: 80 } },
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'card', width: 640, height: 400, fit: 'cover', formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, height: 700, fit: 'cover', formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Describe the image for screen readers.' },
    },
  ],
  timestamps: true,
}
