import { readFile } from 'node:fs/promises'

/**
 * The private key from an age identity file (`age-keygen` output: comment lines, then `AGE-SECRET-KEY-1…`).
 * The key itself never appears in an error message.
 */
export const readIdentity = async (file: string): Promise<string> => {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`The backup identity file ${file} cannot be read: ${(error as Error).message}`)
  }
  const key = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(line))
  if (!key) throw new Error(`The backup identity file ${file} holds no age private key (AGE-SECRET-KEY-1…).`)
  return key
}
