import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { accountOf } from '@/access/accountOf'
import { memberWithRole } from '@/access/member'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import { answererRoleOf } from '../access/answererRoleOf'
import { mayAskOnReports } from '../access/mayAskOnReports'
import { type AuthorRole, askingKinds, type MessageKind } from '../messageKinds'

const refuse = (req: PayloadRequest, message: string, path = 'incident') =>
  new ValidationError({ collection: 'report-messages', errors: [{ message, path }], req })

/** Writing on a report this way is not this account's to do: an access refusal (403), with a message to show. */
const forbid = (message: string) => new APIError(message, 403, { errors: [{ message }] }, true)

/** Who is writing, as the thread shows it; null when this account may not write on that report. */
const authorRoleOf = (
  req: PayloadRequest,
  incident: { reporter?: unknown; business?: unknown },
): AuthorRole | null => {
  if (memberWithRole(req, 'police')) return 'police'
  if (mayAskOnReports(req)) return 'scheme'
  return answererRoleOf(req, incident)
}

/**
 * A new message takes its author from the session, never from the request. The report is looked up with the
 * writer's own read access (a report they may not read is "not found"); police and scheme staff ask (a
 * question or a CCTV request), the report's reporter or their business manager answers; an anonymised report
 * has nobody left to ask. A reply's photos must be the writer's own uploads to this report. Without an account
 * this is a system write (seed, test set-up), which create access refuses unless the caller overrode access.
 */
export const takeMessageParties: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const account = accountOf(req)
  const incidentId = relationId(data.incident)
  if (incidentId === null) throw refuse(req, 'Choose the report the message is about.')
  const incident = await req.payload.findByID({
    collection: 'incidents',
    id: incidentId,
    select: { reporter: true, business: true, anonymisedAt: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: !account,
    req,
  })
  if (!incident) throw refuse(req, 'That report was not found.')
  if (incident.anonymisedAt) throw refuse(req, 'This report has been anonymised: there is nobody to ask.')
  const kind = data.kind as MessageKind
  const role = account ? authorRoleOf(req, incident) : (data.authorRole as AuthorRole | undefined)
  if (!role) throw forbid('Only the reporter or their business manager can answer on this report.')
  const asks = role === 'police' || role === 'scheme'
  if (asks && !askingKinds.includes(kind))
    throw forbid('Police and scheme staff ask a question or request CCTV here.')
  if (!asks && kind !== 'reply') throw forbid('You can answer on your report’s thread.')
  if (asks && relationId(incident.reporter) === null)
    throw refuse(req, 'This report has no reporter on record to ask.')
  const photos = relationIds(data.photos)
  if (photos.length && account) {
    const own = await req.payload.find({
      collection: 'evidence',
      where: { and: [{ id: { in: photos } }, { incident: { equals: incidentId } }] },
      select: { uploadedBy: true },
      depth: 0,
      limit: photos.length,
      overrideAccess: true, // checking the links the writer asks for, not showing anything
      req,
    })
    const member = memberWithRole(req, 'member', 'business-manager')
    const ok = own.docs.filter((doc) => !member || relationId(doc.uploadedBy) === member.id)
    if (ok.length !== photos.length) throw refuse(req, 'Attach photos you uploaded to this report.', 'photos')
  }
  const cctv = kind === 'cctv-request'
  return {
    ...data,
    incident: incidentId,
    kind,
    photos,
    author: account ? { relationTo: account.collection, value: account.id } : (data.author ?? null),
    authorRole: role,
    cctvFrom: cctv ? (data.cctvFrom ?? null) : null,
    cctvTo: cctv ? (data.cctvTo ?? null) : null,
    cctvPlace: cctv ? (data.cctvPlace ?? null) : null,
  }
}
