/** The default: an hour, long enough for a shift's dead spots, short enough that a lost phone soon forgets. */
const defaultMinutes = 60

/**
 * How long the gallery pages a member opened stay readable offline on their phone
 * (NTARS_OFFLINE_GALLERY_MINUTES, docs/offline-app.md). 0 turns offline reading off.
 */
export const offlineGalleryMinutes = (): number => {
  const raw = process.env.NTARS_OFFLINE_GALLERY_MINUTES
  if (!raw) return defaultMinutes
  const minutes = Number(raw)
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) {
    throw new Error(
      `NTARS_OFFLINE_GALLERY_MINUTES must be a whole number of minutes, 0 to 1440 (got "${raw}").`,
    )
  }
  return minutes
}
