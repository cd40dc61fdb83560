/**
 * An operator's script (backup, restore) that ends before printing its result must say so and exit non-zero:
 * under tsx, Node's own exit for an await that can never settle is silent (scripts/lib/sayIfStoppedEarly.ts).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const runFixture = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['tests/fixtures/stalledScript.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

describe('sayIfStoppedEarly', () => {
  it('names the task and the stage, and exits non-zero, when the script stops before its result', async () => {
    const run = await runFixture([])
    expect(run.stderr).toBe(
      'Restore stopped before it finished, while re-applying erasures. Nothing was verified.\n',
    )
    expect(run.code).not.toBe(0)
  })

  it('stays quiet once the result is printed', async () => {
    const run = await runFixture(['--finish'])
    expect(run).toEqual({ code: 0, stdout: 'Restore verified.\n', stderr: '' })
  })
})
