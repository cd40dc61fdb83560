import { createDecipheriv } from 'node:crypto'
import { secretKey } from './secretKey'

/** Decrypts what sealSecret stored; null when it is missing or was sealed under another PAYLOAD_SECRET. */
export const openSecret = (sealed: string | null | undefined): string | null => {
  const [version, iv, tag, body] = (sealed ?? '').split('.')
  if (version !== 'v1' || !iv || !tag || !body) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', secretKey(), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
