import { slugify } from './slugify'

/** The scheme's short name as the start of a download's file name (`quaysafe-outcomes-….csv`), never empty. */
export const fileSlugOf = (schemeName: string): string => slugify(schemeName).slice(0, 30) || 'scheme'
