import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import webpush from 'web-push'
import { isProduction } from '@/lib/env/isProduction'
import { vapidPrivateKey } from '@/lib/env/vapidPrivateKey'
import { vapidPublicKey } from '@/lib/env/vapidPublicKey'
import { vapidSubject } from '@/lib/env/vapidSubject'
import { logger } from '@/lib/log/logger'
import { vapidKeysFile } from './vapidKeysFile'

export type VapidKeys = { publicKey: string; privateKey: string; subject: string }

let cached: VapidKeys | null | undefined

const readDevelopmentKeys = (file: string): VapidKeys | null => {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<VapidKeys>
    if (stored.publicKey && stored.privateKey) {
      return { publicKey: stored.publicKey, privateKey: stored.privateKey, subject: vapidSubject() }
    }
  } catch {
    // No file yet: generated below.
  }
  return null
}

const developmentKeys = (): VapidKeys => {
  const file = vapidKeysFile()
  const stored = readDevelopmentKeys(file)
  if (stored) return stored
  const generated = webpush.generateVAPIDKeys()
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 })
  logger.info({
    msg: 'Generated development VAPID keys for web push',
    file: path.relative(process.cwd(), file),
  })
  return { ...generated, subject: vapidSubject() }
}

/**
 * The VAPID keys web push signs with, or null when push is off. From the environment when both keys are
 * set. Without them, development generates a pair on first run and keeps it in a git-ignored file;
 * production turns push off (said once in the log) and alerts go by email only.
 */
export const vapidKeys = (): VapidKeys | null => {
  if (cached !== undefined) return cached
  const publicKey = vapidPublicKey()
  const privateKey = vapidPrivateKey()
  if (publicKey && privateKey) {
    cached = { publicKey, privateKey, subject: vapidSubject() }
  } else if (isProduction()) {
    logger.warn({
      msg: 'Web push is off: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not set. Alerts go by email only.',
    })
    cached = null
  } else {
    cached = developmentKeys()
  }
  return cached
}
