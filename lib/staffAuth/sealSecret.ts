import { createCipheriv, randomBytes } from 'node:crypto'
import { secretKey } from './secretKey'

/** Encrypts a base32 TOTP secret with AES-256-GCM for storage: `v1.<iv>.<tag>.<ciphertext>` (base64url). */
export const sealSecret = (base32Secret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv)
  const sealed = Buffer.concat([cipher.update(base32Secret, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}
