/**
 * What a push notification carries: generic text and a link into the app. Never a person's name, photo or
 * description: a lock screen is seen by anyone near the phone, and the push service reads the metadata.
 */
export type PushMessage = { title: string; body: string; url: string; tag?: string }
