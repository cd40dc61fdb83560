/**
 * Scripts run through npm must load lexical's production build directly: its default Node entry picks a
 * build with a top-level `await import()`, and ninety of those at once through the loader thread of tsx
 * and Payload's CLI sometimes end the process silently on Node 20 (.npmrc, docs/node-loader-stall.md).
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('.npmrc node-options', () => {
  it('makes a script run through npm resolve lexical to its production build', () => {
    const resolved = execFileSync('npm', ['exec', '--', 'tsx', 'tests/fixtures/resolveLexical.ts'], {
      encoding: 'utf8',
      // What a shell gives npm: the option must come from the project's .npmrc, not the test's own process.
      env: { ...process.env, NODE_OPTIONS: '', npm_config_node_options: undefined },
    })
    expect(resolved.trim()).toMatch(/\/node_modules\/lexical\/dist\/Lexical\.prod\.mjs$/)
  })
})
