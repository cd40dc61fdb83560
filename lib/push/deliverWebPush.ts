import webpush, { WebPushError } from 'web-push'
import type { PushMessage } from './pushMessage'
import type { VapidKeys } from './vapidKeys'

export type PushTarget = { endpoint: string; keys: { p256dh: string; auth: string } }
export type PushOutcome = 'delivered' | 'gone' | 'failed'

// A message older than this is not worth showing: "seen in town" is stale after an hour.
const timeToLiveSeconds = 60 * 60

/**
 * Sends one encrypted message (aes128gcm) to one browser subscription. 404 and 410 from the push service
 * mean the subscription no longer exists (the caller deletes it); anything else is a failure to count.
 * Only https endpoints are ever contacted: web-push uses Node's https client, which checks the certificate.
 */
export const deliverWebPush = async (
  target: PushTarget,
  message: PushMessage,
  keys: VapidKeys,
  urgency: 'high' | 'normal' = 'normal',
): Promise<{ outcome: PushOutcome; status?: number }> => {
  if (!target.endpoint.startsWith('https://')) return { outcome: 'failed' }
  try {
    const response = await webpush.sendNotification(target, JSON.stringify(message), {
      vapidDetails: keys,
      TTL: timeToLiveSeconds,
      urgency,
      contentEncoding: 'aes128gcm',
      timeout: 10_000,
    })
    return { outcome: 'delivered', status: response.statusCode }
  } catch (error) {
    const status = error instanceof WebPushError ? error.statusCode : undefined
    if (status === 404 || status === 410) return { outcome: 'gone', status }
    return { outcome: 'failed', status }
  }
}
