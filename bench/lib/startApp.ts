import { spawn } from 'node:child_process'

/**
 * `next start` for the benchmark, run as `node …/next start` so the returned pid is the server itself
 * (its memory is what the table reports), with the jobs queue off so nothing else competes.
 */
export const startApp = async (env: NodeJS.ProcessEnv, port: number) => {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...env, NODE_ENV: 'production', NTARS_JOBS: 'off', PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`)
    const up = await fetch(`${url}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    pid: child.pid as number,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
