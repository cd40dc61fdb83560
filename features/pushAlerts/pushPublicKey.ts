import 'server-only'
import { vapidKeys } from '@/lib/push/vapidKeys'

/** The VAPID public key browsers subscribe with, or null when push is off on this install. */
export const pushPublicKey = (): string | null => vapidKeys()?.publicKey ?? null
