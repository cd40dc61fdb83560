import { processTable } from './processTable'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether any process of the group still runs (zombies, ended but not yet collected, do not count). */
const groupRunning = (pgid: number): boolean => {
  const table = processTable()
  if (table) return table.some((entry) => entry.pgrp === pgid && entry.state !== 'Z')
  try {
    process.kill(-pgid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Sends SIGTERM to every process of the group `pgid` and waits until all have ended; whatever still runs
 * after `graceMs` is killed. Resolves true when the group ended on its own within the grace period.
 */
export const stopProcessGroup = async (pgid: number, graceMs: number): Promise<boolean> => {
  try {
    process.kill(-pgid, 'SIGTERM')
  } catch {
    return true
  }
  const deadline = Date.now() + graceMs
  while (groupRunning(pgid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(-pgid, 'SIGKILL')
      } catch {}
      while (groupRunning(pgid) && Date.now() < deadline + 5000) await pause(100)
      return false
    }
    await pause(100)
  }
  return true
}
