import { combineQueries, type PayloadRequest, type Where } from 'payload'

/**
 * The ids of the accounts that reported a report the caller may read. Which reports is the incidents
 * collection's own read access (the rule's one home); one SELECT DISTINCT over `reporter` turns that into
 * accounts, so the answer holds at most one row per account that has ever reported. `onlyId` (a read by
 * id) narrows it to that account: an index lookup. Straight to the adapter, so no incidents hook (audit,
 * bulk-read limits) takes this for a list read by the caller.
 */
export const reporterIdsReadableBy = async (req: PayloadRequest, onlyId?: number): Promise<number[]> => {
  const readIncidents = req.payload.collections.incidents.config.access.read
  const readable = readIncidents ? await readIncidents({ req }) : false
  if (readable === false) return []
  const reporter: Where =
    onlyId === undefined ? { reporter: { exists: true } } : { reporter: { equals: onlyId } }
  const { values } = await req.payload.db.findDistinct({
    collection: 'incidents',
    field: 'reporter',
    where: readable === true ? reporter : combineQueries(reporter, readable),
    req,
  })
  return values.map((value) => Number(value.reporter)).filter((id) => Number.isInteger(id))
}
