import type { EmailAdapter, SendEmailOptions } from 'payload'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'

/** A display name as an RFC 5322 quoted string: quotes and backslashes dropped, so any name is safe. */
const quoted = (name: string) => `"${name.replace(/["\\\r\n]/g, '')}"`

/**
 * Emails come from the scheme's short name (settings) at the configured address, so a renamed scheme needs
 * no new environment. Applies to every email that names no sender of its own or the adapter's default one
 * (Payload's password emails pass the default explicitly). With SMTP_FROM_NAME set (`fixedName`) the
 * adapter is left as it is. The settings are read per email: a rename shows in the next one.
 */
export const withSchemeSender =
  (fixedName: string | undefined) =>
  (adapter: EmailAdapter): EmailAdapter =>
  ({ payload }) => {
    const inner = adapter({ payload })
    if (fixedName) return inner
    const adapterDefault = `"${inner.defaultFromName}" <${inner.defaultFromAddress}>`
    return {
      ...inner,
      sendEmail: async (message: SendEmailOptions) => {
        if (message.from && message.from !== adapterDefault) return inner.sendEmail(message)
        const { schemeName } = await readSchemeSettings(payload)
        return inner.sendEmail({ ...message, from: `${quoted(schemeName)} <${inner.defaultFromAddress}>` })
      },
    }
  }
