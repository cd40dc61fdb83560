import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Pack } from 'tar-stream'

/**
 * Streams one file into the archive as `name`, hashing it on the way, and returns its SHA-256 and size: the
 * hash is of exactly the bytes the archive holds.
 */
export const addFileToArchive = async (
  pack: Pack,
  name: string,
  source: string,
): Promise<{ sha256: string; bytes: number }> => {
  const { size, mtime } = await stat(source)
  const hash = createHash('sha256')
  let settle: (error?: Error | null) => void = () => {}
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve())
  })
  const sink = pack.entry({ name, size, mtime, mode: 0o600 }, (error) => settle(error))
  for await (const chunk of createReadStream(source)) {
    hash.update(chunk as Buffer)
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()))
  }
  sink.end(undefined) // streamx's end() takes an optional last chunk; there is none
  await done
  return { sha256: hash.digest('hex'), bytes: size }
}
