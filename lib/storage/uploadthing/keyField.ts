import type { Field } from 'payload'

/**
 * UploadThing chooses each file's key itself (there are no folders or paths to derive it from), so the key it
 * returns is stored on the document: on the document for the original and inside `sizes.<name>` for every
 * image size (the plugin adds adapter fields to both). The name `_key` is the one the official
 * `@payloadcms/storage-uploadthing` uses, so moving back to it later needs no data migration.
 *
 * Readable, because Payload hands `afterDelete` the document as the caller may read it, and the key must be
 * there for the file to be deleted; a key alone opens nothing, as files are private and need a signed URL.
 * Not writable through the API: a caller who could set it could point a public `media` document at a
 * private evidence file. The adapter writes it through the Local API, which bypasses field access.
 */
export const uploadthingKeyField: Field = {
  name: '_key',
  type: 'text',
  access: {
    create: () => false,
    update: () => false,
  },
  admin: {
    hidden: true,
    readOnly: true,
    disableBulkEdit: true,
    disableListColumn: true,
    disableListFilter: true,
  },
}
