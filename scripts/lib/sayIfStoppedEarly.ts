/**
 * For an operator's script that prints its result only at the end (backup, restore). When everything a
 * process awaits can no longer settle and nothing else keeps it alive, Node ends it, and under tsx it says
 * nothing at all: a CI run once saw a restore end with no output. Silence must never read as success, so an
 * exit before `finished()` names the task, where it was, and what to do; and a silent exit code 0 becomes 1.
 *
 * Call it first in the script's body. It cannot see a stop while the script's modules still load (that CI
 * run's cause, a loader stall on lexical's imports, is avoided by .npmrc: docs/node-loader-stall.md).
 */
export const sayIfStoppedEarly = (task: string, advice: string) => {
  let stage = 'starting'
  let finished = false
  // Node applies the code 13 of an unsettled await after 'exit' listeners run (they read 0): not named.
  process.on('exit', (code) => {
    if (finished) return
    process.stderr.write(`${task} stopped before it finished, while ${stage}. ${advice}\n`)
    if (!code) process.exitCode = 1
  })
  return {
    /** What the script does now, named if it stops. */
    stage: (now: string) => {
      stage = now
    },
    /** The result or the failure has been printed: the script's own exit code stands. */
    finished: () => {
      finished = true
    },
  }
}
