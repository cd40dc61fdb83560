import type { Where } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import {
  type AgencyRequest,
  partnerAgencyRules,
} from '@/collections/PartnerAgencies/access/partnerAgencyRules'
import { partnerReports } from './partnerRemit'

/** Counts below this are shown as "fewer than N" to a viewer who may not read every counted report. */
export const smallCellThreshold = 3

/**
 * Which reports a viewer may COUNT on "Today in town" (docs/today-in-town.md), never read: a Where over
 * incidents, and the smallest count shown as a number (`minimumCell`; below it a cell reads "fewer than").
 * Null: the viewer counts nothing.
 *
 * - Scheme staff and police read every report, so they count every report, every count exact.
 * - A business's member or manager reads only their own business's reports, yet the scheme's point is that
 *   shops see what is happening in town: they count every report, but only as totals by type and by
 *   street, each cell of fewer than `smallCellThreshold` shown as "fewer than", so no cell singles out one
 *   shop's report. No row, description, reporter or business name ever leaves the count.
 * - A partner agency counts exactly what it may read (its remit, and for an agency that follows
 *   safeguarded people, reports linked to them): the access table gives agencies no view of other work.
 *   A retired agency counts nothing.
 *
 * This is the one home of the rule: the page's query module asks it, never a role list of its own.
 */
export const schemeCountScope = async (
  req: AgencyRequest,
): Promise<{ where: Where; minimumCell: number } | null> => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return { where: {}, minimumCell: 1 }
  if (memberWithRole(req, 'police')) return { where: {}, minimumCell: 1 }
  if (memberWithRole(req, 'member', 'business-manager')) return { where: {}, minimumCell: smallCellThreshold }
  if (memberWithRole(req, 'partner')) {
    const agency = await partnerAgencyRules(req)
    return agency ? { where: partnerReports(agency), minimumCell: 1 } : null
  }
  return null
}
