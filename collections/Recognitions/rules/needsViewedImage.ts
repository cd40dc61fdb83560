import type { RecognitionSource } from './turnbullChoices'

/** From CCTV or a photo, the court needs the exact image the witness looked at; in person there is none. */
export const needsViewedImage = (source: RecognitionSource | null | undefined): boolean =>
  source === 'cctv' || source === 'photo'
