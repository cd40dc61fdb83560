import { spawn } from 'node:child_process'
import path from 'node:path'

export type ScriptRun = {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** stdout and stderr together, in the order they arrived. */
  output: string
}

/** How a script ended, for a failed assertion's message: an empty output alone does not say. */
export const endOf = (run: ScriptRun): string => `ended with ${run.signal ?? `exit ${run.code}`}`

/**
 * Runs one of the project's TypeScript scripts with its tsx, as `npm run` does, and collects what it printed.
 * Resolves on 'close', which waits for both pipes to be read to their end ('exit' may come before).
 */
export const runTsxScript = (
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ScriptRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      output += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, output }))
  })
