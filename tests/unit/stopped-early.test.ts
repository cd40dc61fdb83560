/**
 * An operator's script (backup, restore) that ends before printing its result must say so and exit non-zero:
 * under tsx, Node's own exit for an await that can never settle is silent (scripts/lib/sayIfStoppedEarly.ts).
 */
import { describe, expect, it } from 'vitest'
import { runTsxScript } from '../helpers/runTsxScript'

const runFixture = (args: string[]) => runTsxScript('tests/fixtures/stalledScript.ts', args)

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
    expect(run).toMatchObject({ code: 0, stdout: 'Restore verified.\n', stderr: '' })
  })
})
