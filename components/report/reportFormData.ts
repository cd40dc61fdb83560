import type { GalleryCard } from '@/features/gallery/searchGallery'
import type { ReportValues } from './reportDraft'

/** The report as the server action reads it. A welfare concern never carries gallery links. */
export const reportFormData = ({
  values,
  offenders,
  photos,
  submissionKey,
}: {
  values: ReportValues
  offenders: readonly GalleryCard[]
  photos: readonly File[]
  submissionKey: string
}): FormData => {
  const form = new FormData()
  for (const [key, value] of Object.entries(values))
    form.set(key, typeof value === 'boolean' ? String(value) : value)
  if (values.type !== 'welfare-concern')
    for (const card of offenders) form.append('offenderIds', String(card.id))
  for (const photo of photos) form.append('photos', photo)
  form.set('idempotencyKey', submissionKey)
  return form
}
