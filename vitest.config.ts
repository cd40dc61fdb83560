import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

// Path aliases are given directly: vite-tsconfig-paths fails to load beside vitest's nested copy of vite.
export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^server-only$/, replacement: path.join(root, 'tests/helpers/emptyModule.ts') },
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
    ],
  },
  test: {
    environment: 'node',
    include: [process.env.VITEST_INCLUDE || 'tests/{unit,int}/**/*.test.{ts,tsx}'],
    // One real database is shared by the files of a run: run them one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
