import { existsSync, readdirSync, readFileSync } from 'node:fs'

export type ProcessEntry = { pid: number; ppid: number; pgrp: number; state: string; command: string }

/**
 * Every process on the machine with its parent, process group and state, from Linux's /proc; null where
 * there is no /proc (macOS), so callers fall back to what `kill` can tell. Processes that end while the
 * table is read are skipped.
 */
export const processTable = (): ProcessEntry[] | null => {
  if (!existsSync('/proc/self/stat')) return null
  const entries: ProcessEntry[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue
    }
    // "pid (command) state ppid pgrp …": the command may hold spaces and brackets, so read after the last ')'.
    const end = stat.lastIndexOf(')')
    const [state = '', ppid = '0', pgrp = '0'] = stat.slice(end + 2).split(' ')
    const command = stat.slice(stat.indexOf('(') + 1, end)
    entries.push({ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp), state, command })
  }
  return entries
}
