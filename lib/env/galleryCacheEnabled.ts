/**
 * Whether members' gallery pages are cached in memory (lib/galleryCache). On unless NTARS_GALLERY_CACHE=off:
 * the switch is there to measure what the cache buys (npm run bench) and to rule it out when chasing a bug.
 */
export const galleryCacheEnabled = (): boolean => process.env.NTARS_GALLERY_CACHE !== 'off'
