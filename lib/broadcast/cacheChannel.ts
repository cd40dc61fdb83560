/**
 * The PostgreSQL NOTIFY channel every app instance listens on for page-cache purges (docs/deploy.md,
 * "Page cache on N instances"). One name per database: instances of another database never hear it.
 */
export const cacheChannel = 'ntars_page_cache'
