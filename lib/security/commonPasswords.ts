import { dictionary } from '@zxcvbn-ts/language-common'

let list: Set<string> | undefined

/**
 * The ~49,000 most common passwords from breach corpora, shipped inside @zxcvbn-ts/language-common: checked
 * offline, so no password ever leaves the server. Built once, on first use.
 */
export const commonPasswords = (): Set<string> => {
  list ??= new Set((dictionary['passwords-common'] as string[]).map((entry) => entry.toLowerCase()))
  return list
}
