import type { Access } from 'payload'
import { mayAskOnReports } from './mayAskOnReports'
import { mayReplyOnReports } from './mayReplyOnReports'

/**
 * Police and scheme staff ask, shop staff answer. Which report and which kind each may write is checked by
 * hooks/takeMessageParties.ts with the caller's own read access to the report (create access cannot see the
 * report a new row points at).
 */
export const createReportMessages: Access = ({ req }) => mayAskOnReports(req) || mayReplyOnReports(req)
