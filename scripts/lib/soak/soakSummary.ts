import type { OutageFigures } from './outageFigures'
import type { SoakOptions } from './soakOptions'
import { type SoakStats, statsTable } from './soakStats'
import type { Verification } from './verifySoak'

export type SoakOutcome = {
  options: SoakOptions
  members: number
  serverKind: string
  onStandIn: boolean
  stats: SoakStats
  verification: Verification
  outages: [string, OutageFigures][]
  appExits: number
  uncaught: number
}

/** The run as markdown: the request table, the checks after the run, and each fault's outage. */
export const soakSummary = ({
  options,
  members,
  serverKind,
  onStandIn,
  stats,
  verification,
  outages,
  appExits,
  uncaught,
}: SoakOutcome): string => {
  const lines = [
    `${members} members, ${options.durationS} s, think ~${options.thinkMs / 1000} s; ${options.instances > 1 ? `${options.instances} app instances behind nginx; ` : ''}database on the ${serverKind} server; files on ${onStandIn ? 'the UploadThing stand-in' : 'local disk'}.`,
    '',
    statsTable(stats, options.durationS),
    '',
    'Errors count every failed attempt; a report retried with its key until acknowledged shows as `ok-after-N`.',
    '',
    '| check after the run | result |',
    '|---|---|',
    `| reports acknowledged (with a photo) | ${verification.acknowledged} (${verification.acknowledgedWithPhoto}) |`,
    `| acknowledged but missing or changed in the database | ${verification.lost.length}${verification.lost.length ? `: ${verification.lost.slice(0, 5).join(', ')}` : ''} |`,
    `| acknowledged with a photo whose row or file is missing | ${verification.photosMissing.length} |`,
    `| submission keys filed more than once | ${verification.duplicates} |`,
    `| sent but never acknowledged (of those, filed complete) | ${verification.unacknowledgedSent} (${verification.unacknowledgedFiled}) |`,
    `| incidents whose photo file is missing | ${verification.incidentsWithMissingFiles} |`,
    `| photos with no incident | ${verification.evidenceWithoutIncident} |`,
    `| files no row points at | ${verification.orphanFiles} |`,
    `| app process exits / uncaught errors in its log | ${appExits} / ${uncaught} |`,
  ]
  for (const [name, figures] of outages) {
    if (figures.crash) {
      lines.push(
        '',
        `**${name}** at ${figures.faultStartS.toFixed(0)} s (gone at ${figures.faultEndS.toFixed(0)} s): ${figures.failed} requests failed with it${figures.unclean.length ? ` (${figures.unclean.join(', ')})` : ''}; a crash answers as it may. First success through the other instances ${figures.recoverS === null ? 'never' : `${figures.recoverS.toFixed(1)} s`} after it; ${figures.lastFailureS === null ? 'no failure' : `last failure ${Math.abs(figures.lastFailureS).toFixed(1)} s ${figures.lastFailureS < 0 ? 'before' : 'after'} it`}.`,
      )
      continue
    }
    lines.push(
      '',
      `**${name}** at ${figures.faultStartS.toFixed(0)} s, back at ${figures.faultEndS.toFixed(0)} s: ${figures.failed} failed requests, ${figures.clean} of them clean (a "busy" or "photo could not be saved" answer, no stack trace)${figures.unclean.length ? `; not clean: ${figures.unclean.join(', ')}` : ''}. First success ${figures.recoverS === null ? 'never' : `${figures.recoverS.toFixed(1)} s`} after it ended; ${figures.lastFailureS === null ? 'no failure' : `last failure ${Math.abs(figures.lastFailureS).toFixed(1)} s ${figures.lastFailureS < 0 ? 'before' : 'after'} it ended`}.`,
    )
  }
  return lines.join('\n')
}
