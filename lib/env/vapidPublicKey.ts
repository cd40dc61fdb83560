/** VAPID_PUBLIC_KEY: the web push application server's public key (base64url, from `npx web-push generate-vapid-keys`). */
export const vapidPublicKey = (): string | undefined => process.env.VAPID_PUBLIC_KEY?.trim() || undefined
