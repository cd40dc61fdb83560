import { type RevalidationMessage, revalidationMessageSchema } from './revalidationMessage'

/** A NOTIFY payload as a message, or null for anything else (someone else's NOTIFY on the channel, a bug). */
export const parseRevalidationMessage = (payload: string | undefined): RevalidationMessage | null => {
  if (!payload) return null
  try {
    const parsed = revalidationMessageSchema.safeParse(JSON.parse(payload))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
