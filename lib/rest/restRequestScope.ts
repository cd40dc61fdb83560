import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Marks the work done for one REST request (guardRestHandler runs Payload's handler inside it), so the
 * error log can tell Payload's REST errors, which `logRestError` logs as one line, from everything else.
 * Kept on globalThis: the route and the Payload config may be bundled into separate module copies.
 */
const key = Symbol.for('ntars.restRequestScope')
const shared = globalThis as Record<symbol, AsyncLocalStorage<true> | undefined>
if (!shared[key]) shared[key] = new AsyncLocalStorage<true>()
const scope = shared[key]

export const inRestRequest = (): boolean => scope.getStore() === true

export const runInRestRequest = <T>(work: () => T): T => scope.run(true, work)
