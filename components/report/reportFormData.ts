import type { GalleryCard } from '@/features/gallery/searchGallery'
import type { ReportValues } from './reportDraft'

/** The report as the server action reads it. A welfare concern never carries gallery links. */
export const reportFormData = ({
  values,
  offenders,
  photos,
  submissionKey,
  welfare,
}: {
  values: ReportValues
  offenders: readonly GalleryCard[]
  photos: readonly File[]
  submissionKey: string
  /** The chosen type is a welfare concern (its meaning, from the type's record). */
  welfare: boolean
}): FormData => {
  const form = new FormData()
  for (const [key, value] of Object.entries(values))
    form.set(key, typeof value === 'boolean' ? String(value) : value)
  if (!welfare) for (const card of offenders) form.append('offenderIds', String(card.id))
  for (const photo of photos) form.append('photos', photo)
  form.set('idempotencyKey', submissionKey)
  return form
}
