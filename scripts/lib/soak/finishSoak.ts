import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { appendResults } from './appendResults'
import { type OutageFigures, outageFigures } from './outageFigures'
import type { SoakFault } from './scheduleFaults'
import { soakFailed } from './soakFailed'
import type { SoakRun } from './soakRun'
import { soakSummary } from './soakSummary'
import { verifySoak } from './verifySoak'
import type { SoakContext, SoakMember } from './virtualMember'

/**
 * After the load: checks what was stored, prints the summary (and adds it to the results file unless
 * --no-record), keeps the failed pages' samples, and says whether the run failed.
 */
export const finishSoak = async ({
  run,
  context,
  members,
  faults,
  databaseUrl,
  storageDir,
  appLogs,
  command,
}: {
  run: SoakRun
  context: SoakContext
  members: SoakMember[]
  faults: SoakFault[]
  databaseUrl: string
  storageDir: string | null
  appLogs: string[]
  command: string
}): Promise<boolean> => {
  const { options, standIn } = run
  const verification = await verifySoak({
    databaseUrl,
    storageDir: standIn ? null : storageDir ? path.join(storageDir, 'evidence') : null,
    storedKeys: standIn ? new Set(standIn.files.keys()) : null,
    context,
    memberIds: members.map((member) => member.id),
  })
  const outages: [string, OutageFigures][] = faults.map((fault) => [
    fault.name,
    { ...outageFigures(context.timeline, fault.window, fault.kinds), crash: fault.crash },
  ])
  const appLogText = appLogs
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  // The instance --kill-instance killed was meant to end; any other exit is a failure.
  const exits = run.apps.filter((app) => app !== run.killed && app.exited()).length
  const appExited = exits > 0
  const body = soakSummary({
    options,
    members: members.length,
    serverKind: run.server?.kind ?? 'given',
    onStandIn: Boolean(standIn),
    stats: context.stats,
    verification,
    outages,
    appExits: exits,
    uncaught: (appLogText.match(/uncaught|unhandled/gi) ?? []).length,
  })
  for (const [status, sample] of context.samples)
    writeFileSync(path.join(run.workDir, `sample-${status}.html`), sample)
  console.log(`\n${body}\n`)
  if (options.record) appendResults(options.results, command, body)
  return soakFailed(verification, appExited, outages)
}
