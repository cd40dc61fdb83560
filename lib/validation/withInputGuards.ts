import type { CollectionConfig } from 'payload'
import { rejectHiddenCharacters } from './rejectHiddenCharacters'

/**
 * Adds the input checks every collection shares (hidden characters) in front of its own hooks, so a new
 * collection cannot forget them: payload.config.ts applies this to all collections.
 */
export const withInputGuards = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeValidate: [rejectHiddenCharacters, ...(collection.hooks?.beforeValidate ?? [])],
  },
})
