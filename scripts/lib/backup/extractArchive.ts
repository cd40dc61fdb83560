import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import tar from 'tar-stream'
import { decrypterFor } from './decrypterFor'
import { isSafeFileName } from './isSafeFileName'
import { uploadCollections } from './uploadCollections'

export type StagedEntry = { sha256: string; bytes: number }

/** The names an archive may hold; anything else (a path out of the folder, a link) is refused. */
const allowedName = (name: string): boolean => {
  if (name === 'database.dump' || name === 'manifest.json') return true
  const [top, collection, filename, ...rest] = name.split('/')
  return (
    top === 'files' &&
    (uploadCollections as readonly string[]).includes(collection ?? '') &&
    isSafeFileName(filename ?? '') &&
    rest.length === 0
  )
}

/**
 * Decrypts an archive with the private key and unpacks it into `staging` (a private temporary folder),
 * hashing each entry as it is written. Anyone with the public key can make an archive, so entry names are
 * checked before anything is written. Returns each entry's hash and size by name.
 */
export const extractArchive = async (
  archive: string,
  identity: string,
  staging: string,
): Promise<Map<string, StagedEntry>> => {
  const decrypted = await decrypterFor(identity)
    .decrypt(Readable.toWeb(createReadStream(archive)) as ReadableStream<Uint8Array>)
    .catch((error: Error) => {
      throw new Error(`${archive} could not be decrypted with the backup identity: ${error.message}`)
    })
  const source = Readable.fromWeb(decrypted as unknown as NodeReadableStream<Uint8Array>)
  const extract = tar.extract()
  source.on('error', (error) => extract.destroy(error))
  source.pipe(extract)
  const staged = new Map<string, StagedEntry>()
  for await (const entry of extract) {
    const { name, type } = entry.header
    if (type !== 'file' || !allowedName(name) || staged.has(name)) {
      throw new Error(`The archive holds an unexpected entry (${JSON.stringify(name)}): not an NTARS backup.`)
    }
    const target = path.join(staging, name)
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
    const out = createWriteStream(target, { flags: 'wx', mode: 0o600 })
    const hash = createHash('sha256')
    let bytes = 0
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      hash.update(chunk)
      bytes += chunk.length
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    out.end()
    await finished(out)
    staged.set(name, { sha256: hash.digest('hex'), bytes })
  }
  return staged
}
