import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'
import { suggestionFor } from '@/collections/ExclusionNotices/calculation/suggestionFor'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { privateTextResponse } from '@/lib/security/privateTextResponse'

const idPattern = /^\d{1,9}$/

/**
 * What the scheme's rules suggest for a profile, for the notice form in the admin: only for the staff who
 * make notices (admin, scheme manager: the notices' create access), and only for a profile they can open.
 * `notice` in the query: the notice being edited, left out of the profile's history. Never cached.
 */
export const suggestionForAccount = async (
  payload: Payload,
  account: Account | null,
  query: URLSearchParams,
): Promise<Response> => {
  if (!account) return privateTextResponse(401, 'Sign in to the admin to see a suggestion.')
  if (!isSchemeManagerAccount(account))
    return privateTextResponse(403, 'Only scheme managers and admins make exclusion notices.')
  const offender = query.get('offender') ?? ''
  const notice = query.get('notice') ?? ''
  if (!idPattern.test(offender) || (notice && !idPattern.test(notice)))
    return privateTextResponse(400, 'Choose a profile first.')
  const req = await createLocalReq({ user: account }, payload)
  const profile = await payload.findByID({
    collection: 'offenders',
    id: Number(offender),
    select: { displayName: true },
    depth: 0,
    disableErrors: true,
    user: account,
    overrideAccess: false,
    req,
  })
  if (!profile) return privateTextResponse(404, 'No such profile.')
  try {
    const suggestion = await suggestionFor(req, Number(offender), notice ? Number(notice) : null)
    return Response.json(suggestion, { headers: privateHeaders })
  } catch (error) {
    payload.logger.error({
      msg: 'Notice suggestion failed',
      offender: Number(offender),
      err: (error as Error).message,
    })
    return privateTextResponse(500, 'The suggestion could not be worked out. Try again.')
  }
}
