import { type CollectionRefreshHook, Forbidden, getFieldsToSign, jwtSign } from 'payload'
import { staffTokenSeconds } from '@/lib/staffAuth/staffTokenSeconds'

type StoredSession = { id: string; createdAt?: Date | string | null; expiresAt: Date | string }

/**
 * Payload's refresh would extend a staff session without end (its JWT strategy checks that the session id
 * exists, not how old it is). This hook issues the refreshed token itself: it lives the idle limit, but
 * never past the session's absolute end, and the stored session ends with it. Once the end has come the
 * refresh is refused and its transaction rolls back, so the admin signs out and asks for the password and
 * second factor again. Token and session row agree, so an ended session opens nothing.
 */
export const limitStaffRefresh: CollectionRefreshHook = async ({ args, user }) => {
  const { collection, req } = args
  // Set on the request's account by Payload's JWT strategy (not part of the generated types).
  const { _sid: sid, _strategy: strategy } = (req.user ?? {}) as { _sid?: string; _strategy?: string }
  const sessions = (user.sessions ?? []) as StoredSession[]
  const session = sessions.find((entry) => entry.id === sid)
  const seconds = session ? staffTokenSeconds(session, new Date()) : null
  if (!sid || seconds === null) throw new Forbidden(req.t)
  const { exp, token } = await jwtSign({
    fieldsToSign: getFieldsToSign({
      collectionConfig: collection.config,
      email: user.email,
      sid,
      user: req.user,
    }),
    secret: req.payload.secret,
    tokenExpiration: seconds,
  })
  await req.payload.db.updateOne({
    collection: collection.config.slug,
    id: user.id,
    // updatedAt null: a refresh does not change the account.
    data: {
      sessions: sessions.map((entry) =>
        entry.id === sid ? { ...entry, expiresAt: new Date(exp * 1000) } : entry,
      ),
      updatedAt: null,
    },
    req,
    returning: false,
  })
  return { exp, refreshedToken: token, setCookie: true, strategy, user }
}
