import { Decrypter } from 'age-encryption'

/** An age decrypter holding one private key. */
export const decrypterFor = (identity: string): Decrypter => {
  const decrypter = new Decrypter()
  decrypter.addIdentity(identity)
  return decrypter
}
