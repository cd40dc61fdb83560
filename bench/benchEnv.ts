import type { ScaleData } from './scaleData'

/** The app's environment for the bench: the scale database and files, its own build folder, no jobs. */
export const benchEnv = ({
  scale,
  edgeCache,
  distDir,
  port,
}: {
  scale: ScaleData
  edgeCache: string
  distDir: string
  port: number
}): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: scale.databaseUrl,
  NTARS_STORAGE_DIR: scale.storageDir,
  NTARS_EDGE_CACHE_DIR: edgeCache,
  NEXT_DIST_DIR: distDir,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-payload-secret-not-for-production',
  AUTH_SECRET: process.env.AUTH_SECRET || 'bench-auth-secret-not-for-production',
  // Production builds and starts need the public address (lib/env/siteUrl.ts): here the app itself.
  SITE_URL: `http://127.0.0.1:${port}`,
  NTARS_JOBS: 'off',
  // The floor page the members' pages are measured against (app/(members)/members/floor).
  NTARS_BENCH_FLOOR: '1',
  NEXT_TELEMETRY_DISABLED: '1',
})
