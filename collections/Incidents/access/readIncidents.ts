import type { Access, AccessResult } from 'payload'
import { reportsReadableVia } from './reportsReadableVia'

/**
 * Scheme staff and police read every report; a business its own; a partner agency the types in its remit,
 * and an agency that follows safeguarded people also every report linked to one (its record in
 * partner-agencies; collections/Incidents/access/partnerRemit.ts). The rule itself is reportsReadableVia, which
 * records belonging to a report (its messages) read through too.
 */
export const readIncidents: Access = ({ req }): Promise<AccessResult> => reportsReadableVia(req)
