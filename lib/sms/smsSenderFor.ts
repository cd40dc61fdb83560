import { smsProvider } from '@/lib/env/smsProvider'
import { logger } from '@/lib/log/logger'
import { noSmsSender } from './noSmsSender'
import type { SmsSender } from './smsSender'

/** Providers by the name SMS_PROVIDER gives. Empty: add one here (a module implementing SmsSender). */
const providers: Record<string, SmsSender> = {}

/** The configured SMS sender, or the no-op one when none is set or the name is unknown (logged). */
export const smsSenderFor = (name: string | undefined = smsProvider()): SmsSender => {
  if (!name) return noSmsSender
  const sender = providers[name]
  if (!sender) logger.warn({ msg: 'Unknown SMS_PROVIDER: texts are off', provider: name })
  return sender ?? noSmsSender
}
