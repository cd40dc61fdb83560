import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { smtp } from '@/lib/env/smtp'
import { withSchemeSender } from './withSchemeSender'

/**
 * SMTP when `SMTP_HOST` is set; otherwise none, and Payload writes emails to the console (development).
 * The sender's name is the scheme's short name unless SMTP_FROM_NAME sets one (withSchemeSender).
 */
export const emailAdapter = () => {
  const settings = smtp()
  if (!settings) return undefined
  return nodemailerAdapter({
    defaultFromAddress: settings.from,
    defaultFromName: settings.fromName ?? '',
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.pass } : undefined,
    },
  }).then(withSchemeSender(settings.fromName))
}
