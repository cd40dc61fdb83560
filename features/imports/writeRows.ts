import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { columnsOf } from './columnsOf'
import { databaseErrorsOf } from './databaseErrorsOf'
import type { ImportMode, ImportProgress, RowError } from './importResult'
import type { IncidentRow } from './incidentRowSchema'
import { loadBusinessDirectory } from './loadBusinessDirectory'
import { loadProfileDirectory, type ProfileDirectory } from './loadProfileDirectory'
import { normaliseKey } from './normaliseKey'
import type { OffenderRow } from './offenderRowSchema'
import { RowProblem } from './RowProblem'
import { recordImportAudit } from './recordImportAudit'
import { resolveOffenderRefs } from './resolveOffenderRefs'
import type { ValidatedFiles, ValidRow } from './validateFiles'

type Step =
  | { kind: 'offenders'; row: ValidRow<OffenderRow> }
  | { kind: 'incidents'; row: ValidRow<IncidentRow> }

type Run = {
  req: PayloadRequest
  created: Map<string, number>
  business: (name: string) => number
  profiles: ProfileDirectory
}

export type WriteOutcome = { ok: boolean; created: { offenders: number; incidents: number } }

const importedNoticeReason = 'Imported with the stage the scheme’s earlier records gave.'

// A dry run starts its rehearsal again after a row the database refused (see below); this many times at most.
const maxRestarts = 25

/**
 * Creates the valid rows through the Local API, as the staff member with their access enforced, in one
 * transaction: offenders first, so incidents can name them by Ref. A dry run always rolls back; an import
 * commits only if every row was created, with one audit entry, and otherwise rolls back everything.
 *
 * Payload rolls the whole transaction back when any create fails (its operations kill the transaction they
 * were given). So a dry run that meets a refused row opens a new transaction, re-creates the profiles made
 * so far (later incidents may name them) and goes on, and every row still gets its own errors.
 */
export const writeRows = async (
  payload: Payload,
  user: StaffAccount,
  mode: ImportMode,
  validated: ValidatedFiles,
  onProgress: ImportProgress,
): Promise<WriteOutcome> => {
  const steps: Step[] = [
    ...validated.offenders.map((row) => ({ kind: 'offenders' as const, row })),
    ...validated.incidents.map((row) => ({ kind: 'incidents' as const, row })),
  ]
  const total = validated.results.length
  let done = total - steps.length
  onProgress(done, total)
  const failedRefs = new Map(validated.invalidRefs)
  const ids = { offenders: [] as number[], incidents: [] as number[] }
  const madeOffenders: ValidRow<OffenderRow>[] = []

  // One create as the staff member, in the run's transaction; the import writes one audit entry of its own.
  const create = async (
    run: Run,
    collection: 'offenders' | 'incidents' | 'exclusion-notices',
    data: object,
  ): Promise<number> => {
    const doc = await payload.create({
      collection,
      data,
      // No `select`: the collection's afterChange hooks read the whole document (links, dates).
      depth: 0,
      context: { skipAudit: true },
      user,
      overrideAccess: false,
      req: run.req,
    } as never)
    return (doc as { id: number }).id
  }

  const createOffender = async (run: Run, row: ValidRow<OffenderRow>) => {
    // Status, archivedAt are staff-only fields the importer may set; approvedBy/At are stamped by the hook.
    const id = await create(run, 'offenders', row.parsed.data)
    if (row.parsed.notice) {
      // The stage is the one the earlier records gave, whatever the rules would suggest today.
      const { endsAt } = row.parsed.notice
      await create(run, 'exclusion-notices', {
        ...row.parsed.notice,
        outcome: endsAt && new Date(endsAt) <= new Date() ? 'expired' : 'running',
        offender: id,
        calculation: { overrideReason: importedNoticeReason },
      })
    }
    const ref = normaliseKey(row.parsed.ref)
    if (ref) run.created.set(ref, id)
    return id
  }

  const createIncident = async (run: Run, row: ValidRow<IncidentRow>) => {
    const errors: RowError[] = []
    const attempt = <T>(resolve: () => T): T | undefined => {
      try {
        return resolve()
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error
        errors.push(...error.errors)
        return undefined
      }
    }
    const business = attempt(() => run.business(row.parsed.business))
    const offenders = attempt(() =>
      resolveOffenderRefs(
        row.parsed.offenderRefs,
        { created: run.created, failed: failedRefs },
        run.profiles,
      ),
    )
    if (errors.length) throw new RowProblem(errors)
    // No reporter: the hook takes one only from a member's session, and a staff import has none.
    return create(run, 'incidents', { ...row.parsed.data, business, offenders })
  }

  const open = async (): Promise<Run> => {
    const req = await createLocalReq({ user, context: { skipAudit: true } }, payload)
    await initTransaction(req)
    // Only incidents name businesses and profiles: an offenders-only file skips reading them.
    const needed = validated.incidents.length > 0
    const run: Run = {
      req,
      created: new Map(),
      business: needed ? await loadBusinessDirectory(req, user) : () => 0,
      profiles: needed ? await loadProfileDirectory(req, user) : { ids: new Set(), byName: new Map() },
    }
    for (const row of madeOffenders) await createOffender(run, row)
    return run
  }

  let run = await open()
  let restarts = 0
  try {
    for (const [index, step] of steps.entries()) {
      try {
        if (step.kind === 'offenders') {
          const id = await createOffender(run, step.row)
          ids.offenders.push(id)
          madeOffenders.push(step.row)
          if (mode === 'import') step.row.result.id = id
        } else {
          const id = await createIncident(run, step.row)
          ids.incidents.push(id)
          if (mode === 'import') step.row.result.id = id
        }
      } catch (error) {
        const refused = error instanceof RowProblem
        step.row.result.errors.push(
          ...(refused ? error.errors : databaseErrorsOf(error, columnsOf(step.kind))),
        )
        if (!refused) {
          payload.logger.warn({
            msg: 'Import row refused',
            mode,
            kind: step.kind,
            row: step.row.result.row,
            status: (error as { status?: number }).status,
            error: (error as Error).name,
          })
        }
        if (step.kind === 'offenders') {
          const ref = normaliseKey(step.row.parsed.ref)
          if (ref) failedRefs.set(ref, step.row.result.row)
        }
        if (mode === 'import') {
          await killTransaction(run.req)
          return { ok: false, created: { offenders: 0, incidents: 0 } }
        }
        if (!run.req.transactionID) {
          restarts += 1
          if (restarts > maxRestarts) {
            for (const rest of steps.slice(index + 1)) {
              rest.row.result.errors.push({
                column: 'Row',
                message: 'Not checked: too many rows failed in the rehearsal. Fix those and check again.',
              })
            }
            break
          }
          run = await open()
        }
      }
      done += 1
      onProgress(done, total)
    }
    onProgress(total, total)
    const ok = validated.results.every((result) => !result.errors.length)
    const created = { offenders: ids.offenders.length, incidents: ids.incidents.length }
    if (mode === 'dry-run') {
      await killTransaction(run.req)
      return { ok, created }
    }
    await recordImportAudit(run.req, ids, total)
    await commitTransaction(run.req)
    return { ok, created }
  } catch (error) {
    await killTransaction(run.req)
    throw error
  }
}
