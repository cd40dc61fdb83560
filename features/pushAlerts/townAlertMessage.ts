import type { PushMessage } from '@/lib/push/pushMessage'

/**
 * The push for an "in town now" alert: the place and the alert's id, nothing about the person. Whoever sees
 * the lock screen learns only that someone from the gallery is about; the member opens the app and signs
 * in to see who.
 */
export const townAlertMessage = (alertId: number, place: string, schemeName: string): PushMessage => ({
  title: `${schemeName}: seen in town`,
  body: `Someone from the gallery has been seen in town at ${place}. Open ${schemeName} to see who.`,
  url: `/alerts/${alertId}`,
  tag: `town-alert-${alertId}`,
})
