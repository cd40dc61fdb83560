'use server'
import { currentMember } from '@/lib/auth/currentMember'
import { fileReport, type ReportResult } from '@/lib/reports/fileReport'

export type { ReportResult }

/** The members' report form: re-authenticates from the session cookie on every submission. */
export const reportIncidentAction = async (form: FormData): Promise<ReportResult> =>
  fileReport(await currentMember(), form)
