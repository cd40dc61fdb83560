import { type AccountKind, accountKindOf } from './accountKindOf'
import { requestIdOf } from './requestIdOf'

export type RequestFields = { requestId: string; accountByCookie: AccountKind }

/**
 * What a request's log line takes from its headers: the request id and the kind of account its cookies
 * name. Nothing else: no cookie or authorization value, no address, no user agent.
 */
export const requestFieldsOf = (headers: Pick<Headers, 'get'>): RequestFields => ({
  requestId: requestIdOf(headers),
  accountByCookie: accountKindOf(headers.get('cookie') ?? undefined),
})
