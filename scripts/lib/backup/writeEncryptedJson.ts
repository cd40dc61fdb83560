import { rename, rm, writeFile } from 'node:fs/promises'
import { encrypterFor } from './encrypterFor'

/** Writes a JSON document encrypted with age to `recipients`, under a `.partial` name until complete. */
export const writeEncryptedJson = async (target: string, recipients: string[], value: unknown) => {
  const encrypted = await encrypterFor(recipients).encrypt(JSON.stringify(value))
  const partial = `${target}.partial`
  try {
    await writeFile(partial, encrypted, { mode: 0o600, flag: 'wx' })
    await rename(partial, target)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}
