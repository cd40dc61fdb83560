import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { accountOf } from '@/access/accountOf'
import { relationId } from '@/access/relationId'

const refuse = (req: Parameters<CollectionBeforeChangeHook>[0]['req'], message: string) =>
  new ValidationError({ collection: 'witness-statements', errors: [{ message, path: 'incident' }], req })

/**
 * A new statement takes its witness from the report, never from the request: the report is looked up with
 * the caller's own read access (a report they may not read is "not found"), its reporter becomes the
 * witness, their account name the witness name, and the session's account the requester. It starts as a
 * draft or goes straight to the reporter for signature, unsigned either way.
 */
export const takeStatementParties: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const account = accountOf(req)
  const incidentId = relationId(data.incident)
  if (incidentId === null) throw refuse(req, 'Choose the report the statement is about.')
  const incident = await req.payload.findByID({
    collection: 'incidents',
    id: incidentId,
    select: { reporter: true, anonymisedAt: true },
    depth: 0,
    disableErrors: true,
    // Only a report the requester may read. Without an account this is a system write (seed, test set-up):
    // create access refuses anyone without one unless the caller overrode access.
    overrideAccess: !account,
    req,
  })
  if (!incident) throw refuse(req, 'That report was not found.')
  const reporterId = relationId(incident.reporter)
  if (incident.anonymisedAt || reporterId === null)
    throw refuse(req, 'This report has no reporter on record to ask for a statement.')
  const reporter = await req.payload.findByID({
    collection: 'members',
    id: reporterId,
    select: { name: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // the witness's own name on their statement; staff and police may not list members
    req,
  })
  if (!reporter) throw refuse(req, 'The reporter of this report no longer has an account.')
  return {
    ...data,
    incident: incidentId,
    reporter: reporterId,
    witnessName: reporter.name,
    requestedBy: account ? { relationTo: account.collection, value: account.id } : null,
    status: data.status === 'awaiting-signature' ? 'awaiting-signature' : 'draft',
    declarationAccepted: false,
    signedAt: null,
    signedDocument: null,
  }
}
