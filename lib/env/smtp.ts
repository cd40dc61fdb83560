export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user: string | undefined
  pass: string | undefined
  from: string
  /** Unset: emails come from the scheme's short name in its settings (lib/email/withSchemeSender.ts). */
  fromName: string | undefined
}

/**
 * Outgoing mail (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, SMTP_FROM, SMTP_FROM_NAME); unset
 * SMTP_HOST by default: no SMTP, emails go to the console. Port 587, from no-reply@ntars.test unless set; the sender's name is the scheme's short name unless SMTP_FROM_NAME
 * fixes one.
 */
export const smtp = (): SmtpSettings | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  return {
    host,
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === 'true',
    user: process.env.SMTP_USER || undefined,
    pass: process.env.SMTP_PASS,
    from: process.env.SMTP_FROM || 'no-reply@ntars.test',
    fromName: process.env.SMTP_FROM_NAME || undefined,
  }
}
