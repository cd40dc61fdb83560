import { logger } from '@/lib/log/logger'
import type { SmsSender } from './smsSender'

/** The default: sends nothing, and says so in the log (without the number or the text). */
export const noSmsSender: SmsSender = {
  name: 'none',
  send: async () => {
    logger.info({ msg: 'SMS not sent: no SMS provider is configured (SMS_PROVIDER)' })
    return { sent: false }
  },
}
