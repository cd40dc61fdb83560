/** VAPID_PRIVATE_KEY: the private half of the VAPID key pair. A secret: never logged, never sent to a browser. */
export const vapidPrivateKey = (): string | undefined => process.env.VAPID_PRIVATE_KEY?.trim() || undefined
