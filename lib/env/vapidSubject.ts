/**
 * VAPID_SUBJECT: how a push service contacts the scheme about its messages, a `mailto:` or `https:` address.
 * Defaults to the placeholder below: push services accept it, but a real install should set its own.
 */
export const vapidSubject = (): string => process.env.VAPID_SUBJECT?.trim() || 'mailto:no-reply@ntars.test'
