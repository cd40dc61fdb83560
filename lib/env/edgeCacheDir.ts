/** nginx's cache directory (NTARS_EDGE_CACHE_DIR), emptied when staff publish; unset by default (no purge). */
export const edgeCacheDir = (): string | undefined => process.env.NTARS_EDGE_CACHE_DIR
