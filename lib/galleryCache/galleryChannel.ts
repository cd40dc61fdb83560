/**
 * The PostgreSQL NOTIFY channel a trigger on the gallery's tables sends on when a change commits (migration
 * 20261204_105508_gallery_change_notice); every app instance listens on it (lib/broadcast/startCacheBroadcast.ts).
 */
export const galleryChannel = 'ntars_gallery'
