import { soakLog } from './soakLog'
import type { SoakRun } from './soakRun'

export type SoakFault = {
  name: string
  window: { start: number; end: number }
  kinds?: string[]
  /** A crash: requests in flight on the dead instance fail as they may (nginx's 502), not with "busy". */
  crash?: boolean
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The faults asked for, timed against the run: --restart-db restarts PostgreSQL at 40%; --store-fail makes
 * the UploadThing stand-in answer 500 from 30% to 50%; --kill-instance kills the last app instance
 * (SIGKILL) at 50%, and members carry on through the others behind nginx. Each fault's window (ms since the start) is added
 * to `faults` when it is over; `done` settles when all are.
 */
export const scheduleFaults = (run: SoakRun, startedAt: number, durationMs: number) => {
  const faults: SoakFault[] = []
  const since = () => Date.now() - startedAt
  /** Runs one fault at a fraction of the run and records its window; resolves to its length in seconds. */
  const fault = async (
    name: string,
    at: number,
    work: () => Promise<void>,
    kinds?: string[],
    crash?: boolean,
  ) => {
    await pause(durationMs * at)
    const start = since()
    await work()
    const end = since()
    faults.push({ name, window: { start, end }, kinds, crash })
    return (end - start) / 1000
  }
  const runs: Promise<unknown>[] = []
  const { server, standIn } = run
  if (run.options.restartDb && server) {
    const restart = fault(`PostgreSQL restart (${server.kind})`, 0.4, async () => {
      soakLog('Restarting PostgreSQL')
      await server.restart()
    })
    runs.push(restart.then((seconds) => soakLog(`PostgreSQL back after ${seconds.toFixed(1)} s`)))
  }
  if (standIn) {
    const storeDown = async () => {
      soakLog('File store answers 500')
      standIn.failWith(500)
      await pause(durationMs * 0.2)
      standIn.failWith(null)
      soakLog('File store answers again')
    }
    runs.push(fault('UploadThing answering 500', 0.3, storeDown, ['report+photo']))
  }
  const victim = run.apps.at(-1)
  if (run.options.killInstance && victim) {
    const kill = async () => {
      soakLog(`Killing instance ${run.apps.length} (${victim.url}, SIGKILL)`)
      run.killed = victim
      await victim.kill()
    }
    runs.push(fault(`Instance ${run.apps.length} of ${run.apps.length} killed`, 0.5, kill, undefined, true))
  }
  return { faults, done: Promise.all(runs) }
}
