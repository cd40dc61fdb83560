import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import tar, { type Pack } from 'tar-stream'
import { encrypterFor } from './encrypterFor'

/**
 * Writes a tar archive, encrypted with age to `recipients` as it is produced, to `target`. `fill` adds the
 * entries. The archive is written beside the target under a `.partial` name and renamed only when complete,
 * so a failed run never leaves something that looks like a backup.
 */
export const writeEncryptedArchive = async (
  target: string,
  recipients: string[],
  fill: (pack: Pack) => Promise<void>,
): Promise<void> => {
  const pack = tar.pack()
  const plain = Readable.toWeb(Readable.from(pack)) as ReadableStream<Uint8Array>
  const encrypted = await encrypterFor(recipients).encrypt(plain)
  const partial = `${target}.partial`
  const written = pipeline(
    Readable.fromWeb(encrypted as unknown as NodeReadableStream<Uint8Array>),
    createWriteStream(partial, { mode: 0o600, flags: 'wx' }),
  )
  try {
    await fill(pack)
    pack.finalize()
    await written
    await rename(partial, target)
  } catch (error) {
    pack.destroy(error as Error)
    await written.catch(() => {})
    await rm(partial, { force: true })
    throw error
  }
}
