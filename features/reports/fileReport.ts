import 'server-only'
import { randomUUID } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { mayReport } from '@/collections/Incidents/access/mayReport'
import { removeStoredFiles } from '@/features/evidence/removeStoredFiles'
import { reportTypeOptions } from '@/features/vocabulary/reportTypeOptions'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { isDatabaseUnavailable } from '@/lib/database/isDatabaseUnavailable'
import { countReportFiled } from '@/lib/metrics/countReportFiled'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import type { Evidence } from '@/payload-types'
import { fileSubmission } from './fileSubmission'
import { findFiledReport } from './findFiledReport'
import { referenceOf } from './referenceOf'
import { refusalFor } from './refusalFor'
import { removeBatchFiles } from './removeBatchFiles'
import { removeUploadedFiles } from './removeUploadedFiles'
import { reportMessages } from './reportMessages'
import type { ReportResult } from './reportResult'
import { reportFromForm, reportSchemaFor } from './reportSchema'

export type { ReportResult }

/**
 * Files a report for a signed-in member. Validates with zod, and writes the photos,
 * any ID-sought proposal and the incident in one transaction: a failed photo leaves no half-report.
 * Reporter, business and status are taken from the session by the collection's hooks.
 *
 * The form's submission key makes a retry safe: a key this member already used answers with that report's
 * reference, and two sends racing each other end with one report (the unique index on reporter and key
 * refuses the second insert, which then finds the first).
 */
export const fileReport = async (member: MemberAccount | null, form: FormData): Promise<ReportResult> => {
  if (!member || !mayReport({ user: member })) {
    return { ok: false, message: reportMessages.signedOut }
  }
  let types: Awaited<ReturnType<typeof reportTypeOptions>>
  try {
    types = await reportTypeOptions(member)
  } catch (error) {
    const payload = await getPayloadClient()
    payload.logger.warn({
      msg: 'Report refused',
      member: member.id,
      unavailable: isDatabaseUnavailable(error),
    })
    return refusalFor(error, 'report')
  }
  const parsed = reportSchemaFor(types).safeParse(reportFromForm(form))
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'form')
      fieldErrors[key] ??= issue.message
    }
    return { ok: false, message: reportMessages.fieldsNeedLooking, fieldErrors }
  }
  const report = parsed.data
  const payload = await getPayloadClient()
  const { idempotencyKey } = report
  // Read inside the first try below, so an unavailable database gets the same refusal as any other read.
  let referencePrefix = ''
  const filedBefore = async (): Promise<ReportResult | null> => {
    const filed = idempotencyKey ? await findFiledReport(payload, member, idempotencyKey) : null
    return filed
      ? {
          ok: true,
          id: filed.id,
          reference: referenceOf(filed.id, referencePrefix),
          proposed: report.proposeIdSought,
        }
      : null
  }
  let stage: 'photos' | 'report' = 'photos'
  const stored: Evidence[] = []
  // One id per attempt (not the submission key: a racing twin must not remove this attempt's files).
  const batch = randomUUID()
  try {
    referencePrefix = (await readSchemeSettings(payload)).referencePrefix
    const earlier = await filedBefore()
    if (earlier) return earlier
  } catch (error) {
    payload.logger.warn({
      msg: 'Report refused',
      member: member.id,
      unavailable: isDatabaseUnavailable(error),
    })
    return refusalFor(error, 'report')
  }
  const req = await createLocalReq({ user: member }, payload)
  const asMember = { req, user: member }
  try {
    await initTransaction(req)
    for (const [index, photo] of report.photos.entries()) {
      stored.push(
        await payload.create({
          collection: 'evidence',
          data: { kind: report.proposeIdSought ? 'cctv-still' : 'incident-photo' },
          file: await fileSubmission(photo, index, batch),
          depth: 0,
          ...asMember,
          overrideAccess: false,
        }),
      )
    }
    stage = 'report'
    const photoIds = stored.map((doc) => doc.id)
    const proposal = report.proposeIdSought
      ? await payload.create({
          collection: 'offenders',
          data: {
            gallery: 'id-sought',
            appearance: { distinguishingFeatures: report.unknownDescription },
            photos: photoIds,
          },
          depth: 0,
          ...asMember,
          overrideAccess: false,
        } as never)
      : null
    const incident = await payload.create({
      collection: 'incidents',
      data: {
        type: report.type,
        occurredAt: report.occurredAt.toISOString(),
        description: report.description,
        summary: report.description.slice(0, 140),
        spot: report.spot,
        valueLost: report.valueLost,
        valueRecovered: report.valueRecovered,
        policeCalled: report.policeCalled,
        police: report.crimeReference ? { crimeReference: report.crimeReference } : undefined,
        offenders: [...report.offenderIds, ...(proposal ? [proposal.id] : [])],
        unknownPersonDescription: report.unknownDescription,
        evidence: photoIds,
        idempotencyKey,
      },
      depth: 0,
      ...asMember,
      overrideAccess: false,
      // Reporter and business are required but set from the session by the collection's hook.
    } as never)
    await commitTransaction(req)
    countReportFiled()
    const id = Number(incident.id)
    return { ok: true, id, reference: referenceOf(id, referencePrefix), proposed: Boolean(proposal) }
  } catch (error) {
    await killTransaction(req).catch(() => {})
    await removeStoredFiles(stored).catch(() => {})
    await removeBatchFiles(batch).catch(() => {})
    await removeUploadedFiles(stored).catch((cleanupError: unknown) =>
      payload.logger.error({
        msg: 'Photos of a refused report stay on UploadThing',
        member: member.id,
        evidence: stored.map((doc) => doc.id),
        error: (cleanupError as Error).message,
      }),
    )
    // The same submission may have been filed by a send that raced this one (the unique index refused ours).
    const racedBy = await filedBefore().catch(() => null)
    if (racedBy) return racedBy
    const refusal = refusalFor(error, stage)
    payload.logger.warn({
      msg: 'Report refused',
      stage,
      status: (error as { status?: number }).status,
      member: member.id,
      unavailable: isDatabaseUnavailable(error),
      fields: refusal.fieldErrors ? Object.keys(refusal.fieldErrors) : undefined,
    })
    return refusal
  }
}
