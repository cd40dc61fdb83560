import { Encrypter } from 'age-encryption'

/** An age encrypter to the given public keys (any one of the matching private keys decrypts). */
export const encrypterFor = (recipients: string[]): Encrypter => {
  const encrypter = new Encrypter()
  for (const recipient of recipients) encrypter.addRecipient(recipient)
  return encrypter
}
