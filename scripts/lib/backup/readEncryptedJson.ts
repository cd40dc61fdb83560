import { readFile } from 'node:fs/promises'
import { decrypterFor } from './decrypterFor'

/** Decrypts a small age-encrypted JSON document with the given private key and parses it. */
export const readEncryptedJson = async (file: string, identity: string): Promise<unknown> => {
  const text = await decrypterFor(identity)
    .decrypt(await readFile(file), 'text')
    .catch((error: Error) => {
      throw new Error(`${file} could not be decrypted with the backup identity: ${error.message}`)
    })
  return JSON.parse(text)
}
