import type { CollectionAfterLoginHook } from 'payload'
import { signInLimitKeysContext } from './limitAuthRequests'
import { releaseAttempt } from './releaseAttempt'

/** A REST sign-in that succeeded gives back the attempts `limitAuthRequests` counted: only failures add up. */
export const releaseSignInAttempts: CollectionAfterLoginHook = async ({ req }) => {
  const keys = req.context[signInLimitKeysContext]
  if (!Array.isArray(keys)) return
  await Promise.all(keys.map((key) => releaseAttempt(req.payload, String(key))))
}
