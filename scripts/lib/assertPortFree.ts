import { createServer } from 'node:net'

/**
 * Throws when something already listens on 127.0.0.1:<port>. Without this, an app left running from an
 * earlier run (a screenshot or bench server, say) answers the readiness check, the new server fails to bind
 * and exits, and the tests run against the old one: on another database, where staff second factors and
 * other secrets differ, they fail for reasons that have nothing to do with the code under test.
 */
export const assertPortFree = (port: number, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} (${what}) is already in use by another process. Stop it (e.g. \`ss -ltnp | grep :${port}\`) or choose another port.`,
            )
          : error,
      )
    })
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
