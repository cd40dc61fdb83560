import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import { passwordProblem } from './passwordProblem'

/**
 * The password rule for every way a password is set in an auth collection (staff and members): create,
 * update — the admin's "change password" too — and reset through Payload's REST API. Refuses with the
 * reason on the password field, before anything is written.
 */
export const refuseWeakPassword: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password !== 'string') return args
  const problem = passwordProblem(password)
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: problem }],
      req,
    })
  }
  return args
}
