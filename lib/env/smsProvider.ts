/** SMS_PROVIDER: which text-message sender to use (lib/sms/). Unset by default: no texts are sent. */
export const smsProvider = (): string | undefined => process.env.SMS_PROVIDER?.trim() || undefined
