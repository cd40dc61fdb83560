import { readdirSync, readFileSync } from 'node:fs'

/** The process and all its descendants (next start may run the server in a child). */
const processTree = (root: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift() as number
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

const residentMb = (pid: number): number => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/** Samples the resident memory of a process tree every 200 ms; the returned function stops and gives the peak in MB. */
export const sampleMemory = (root: number) => {
  let peak = 0
  const sample = () => {
    const total = processTree(root).reduce((sum, pid) => sum + residentMb(pid), 0)
    peak = Math.max(peak, total)
  }
  sample()
  const timer = setInterval(sample, 200)
  return () => {
    clearInterval(timer)
    sample()
    return Math.round(peak)
  }
}
