'use client'
import { CheckboxField } from '@/components/shared/CheckboxField'
import { TextAreaField } from '@/components/shared/TextAreaField'
import type { FormValues } from '@/components/shared/useFormValues'
import type { GalleryCard } from '@/features/gallery/searchGallery'
import { OffenderPicker } from './OffenderPicker'
import type { ReportValues } from './reportDraft'

/** "Who was it?": people from the gallery, a description of someone who is not in it, or a request to identify them. */
export const OffenderSection = ({
  form,
  errors,
  offenders,
  onOffendersChange,
}: {
  form: FormValues<ReportValues>
  errors: Record<string, string>
  offenders: GalleryCard[]
  onOffendersChange: (offenders: GalleryCard[]) => void
}) => (
  <section aria-labelledby="who-heading" className="space-y-3">
    <h2 id="who-heading" className="text-lg font-semibold">
      Who was it? (optional)
    </h2>
    <OffenderPicker selected={offenders} onChange={onOffendersChange} error={errors.offenderIds} />
    <TextAreaField
      label="Or describe someone not in the gallery"
      rows={2}
      error={errors.unknownDescription}
      {...form.textProps('unknownDescription')}
    />
    <CheckboxField
      label="Ask the scheme team to identify this person (an “ID sought” entry, checked by staff first)"
      error={errors.proposeIdSought}
      {...form.checkboxProps('proposeIdSought')}
    />
  </section>
)
