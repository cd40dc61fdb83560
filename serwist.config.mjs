// @ts-check
import { serwist } from '@serwist/next/config'

/**
 * Builds the service worker (app/sw.ts) into public/sw.js after `next build` (`npm run build`). Next 16
 * builds with Turbopack, which @serwist/next's webpack plugin cannot hook into, so the worker is bundled on
 * its own with esbuild by `serwist build` (docs/offline-app.md, "Why Serwist, and how it is built").
 * Precached: the offline page only. Build files are not: the admin's bundles (and its stylesheets) are
 * large and no member needs them offline; the members' own scripts and styles (the offline page shares
 * their stylesheet) are cached as they are used (app/sw.ts, components/offline/OfflineApp.tsx).
 */
export default await serwist({
  swSrc: 'app/sw.ts',
  swDest: 'public/sw.js',
  precachePrerendered: false,
  globPatterns: [],
  additionalPrecacheEntries: [{ url: '/offline', revision: String(Date.now()) }],
  esbuildOptions: { minify: true },
})
