'use server'
import { fileReport, type ReportResult } from '@/features/reports/fileReport'
import { reportMessages } from '@/features/reports/reportMessages'
import { currentMember } from '@/lib/auth/currentMember'
import { isDatabaseUnavailable } from '@/lib/database/isDatabaseUnavailable'
import { logger } from '@/lib/log/logger'

export type { ReportResult }

/**
 * The members' report form: re-authenticates from the session cookie on every submission. While PostgreSQL
 * is unreachable (even the session check fails) the member is told the service is busy; the form keeps the
 * report on the phone and its retry carries the same submission key.
 */
export const reportIncidentAction = async (form: FormData): Promise<ReportResult> => {
  try {
    return await fileReport(await currentMember(), form)
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error
    logger.warn('Report refused: the database was unavailable while checking the session')
    return { ok: false, message: reportMessages.serviceBusy, retry: true }
  }
}
