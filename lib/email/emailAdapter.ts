import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * SMTP when `SMTP_HOST` is set; otherwise none, and Payload writes emails to the console (development).
 */
export const emailAdapter = () => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM || 'no-reply@ntars.test',
    defaultFromName: process.env.SMTP_FROM_NAME || 'NTARS',
    transportOptions: {
      host,
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}
