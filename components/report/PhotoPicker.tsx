'use client'
import { maxIncidentPhotos as photoLimit } from '@/collections/Incidents/rules/maxIncidentPhotos'
import { Field } from '@/components/shared/Field'
import { shrinkPhoto } from './shrinkPhoto'

/** Takes or picks photos, shrunk on the phone before sending, up to the most a report may carry. */
export const PhotoPicker = ({
  photos,
  onChange,
  error,
}: {
  photos: readonly File[]
  onChange: (update: (current: File[]) => File[]) => void
  error?: string
}) => (
  <Field
    id="photos"
    label="Photos (optional)"
    hint={`Take a photo or pick CCTV stills: JPEG, PNG or WebP, up to ${photoLimit}.`}
    error={error}
  >
    {(control) => (
      <>
        <input
          {...control}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={async (event) => {
            const chosen = await Promise.all(Array.from(event.target.files ?? []).map(shrinkPhoto))
            onChange((current) => [...current, ...chosen].slice(0, photoLimit))
          }}
          className="block w-full text-base"
        />
        {photos.length ? (
          <p className="mt-1">
            {photos.length} photo{photos.length > 1 ? 's' : ''} attached.{' '}
            <button type="button" className="underline" onClick={() => onChange(() => [])}>
              Remove photos
            </button>
          </p>
        ) : null}
      </>
    )}
  </Field>
)
