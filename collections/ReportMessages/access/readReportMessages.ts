import type { Access } from 'payload'
import { reportsReadableVia } from '@/collections/Incidents/access/reportsReadableVia'

/**
 * A message belongs to its report: whoever may read the report reads its thread (the incidents' own rule,
 * through the message's `incident`), scheme staff all of them, nobody anything else.
 */
export const readReportMessages: Access = ({ req }) => reportsReadableVia(req, 'incident.')
