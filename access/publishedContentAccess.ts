import type { CollectionConfig } from 'payload'
import { publishedOrContentStaff } from './common'
import { isContentStaff } from './staff'

/** Public content with drafts: anyone reads what is published; content staff read drafts and write. */
export const publishedContentAccess: CollectionConfig['access'] = {
  read: publishedOrContentStaff,
  create: isContentStaff,
  update: isContentStaff,
  delete: isContentStaff,
  readVersions: isContentStaff,
}
