import { isMemberAuthOperation } from './isMemberAuthOperation'
import { payloadTokensOf } from './payloadTokensOf'
import { restRefusal } from './restRefusal'
import { tokenCollectionOf } from './tokenCollectionOf'

export const memberDoorMessage =
  "Member accounts use the members' area (/sign-in); this API is for scheme staff."

/**
 * The member door (docs/access-control.md): members never use Payload's REST API. A request carrying a
 * members-collection token, however it is sent, and any request for the members' own auth operations
 * (from anyone, signed in or not) is refused with 403 before Payload reads or writes anything. Staff tokens
 * and anonymous requests go on to Payload, which checks them as before.
 */
export const refuseMemberTokens = (request: Request): Response | null => {
  const url = new URL(request.url)
  const memberToken = payloadTokensOf(request.headers).some((token) => tokenCollectionOf(token) === 'members')
  if (!memberToken && !isMemberAuthOperation(url)) return null
  return restRefusal(403, memberDoorMessage)
}
