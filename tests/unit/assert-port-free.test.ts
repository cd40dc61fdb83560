import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { assertPortFree } from '@/scripts/lib/assertPortFree'

let holder: Server | null = null
afterEach(() => {
  holder?.close()
  holder = null
})

const listenOnFreePort = () =>
  new Promise<number>((resolve) => {
    holder = createServer()
    holder.listen(0, '127.0.0.1', () => {
      const address = holder?.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })

describe('assertPortFree (npm test and the bench refuse to run against a server left on their port)', () => {
  it('refuses a port another process listens on, naming it', async () => {
    const port = await listenOnFreePort()
    await expect(assertPortFree(port, 'the app under test')).rejects.toThrow(
      new RegExp(`Port ${port} \\(the app under test\\) is already in use`),
    )
  })

  it('lets a free port through and leaves it free', async () => {
    const port = await listenOnFreePort()
    await new Promise((resolve) => holder?.close(resolve))
    holder = null
    await expect(assertPortFree(port, 'the app')).resolves.toBeUndefined()
    await expect(assertPortFree(port, 'the app')).resolves.toBeUndefined()
  })
})
