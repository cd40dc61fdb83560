import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { suggestionForAccount } from './suggestionForAccount'

/**
 * The suggestion route's answer: who is asking, from Payload's own auth (the admin's `payload-token` cookie
 * or an Authorization header), then `suggestionForAccount`, which decides whether they may see it.
 */
export const suggestionResponse = async (payload: Payload, request: Request): Promise<Response> => {
  const { user } = await payload.auth({ headers: request.headers })
  const account = user?.collection === 'users' || user?.collection === 'members' ? (user as Account) : null
  return suggestionForAccount(payload, account, new URL(request.url).searchParams)
}
