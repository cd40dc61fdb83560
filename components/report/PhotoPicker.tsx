'use client'
import { maxIncidentPhotos as photoLimit } from '@/collections/Incidents/rules/maxIncidentPhotos'
import { FieldMessages } from '@/components/shared/FieldMessages'
import { fieldControlOf } from '@/components/shared/fieldControlOf'
import { PhotoThumbnail } from './PhotoThumbnail'
import { shrinkPhoto } from './shrinkPhoto'

const id = 'photos'

/** A key per chosen photo that survives removing the ones before it (File objects are the identity). */
const photoKeys = new WeakMap<File, number>()
let nextPhotoKey = 0
const keyOf = (photo: File): number => {
  const known = photoKeys.get(photo)
  if (known !== undefined) return known
  nextPhotoKey += 1
  photoKeys.set(photo, nextPhotoKey)
  return nextPhotoKey
}

/**
 * Takes or picks photos, shrunk on the phone before sending, up to the most a report may carry. The file
 * control itself is visually hidden (still focusable, still named by both labels): a large labelled button
 * opens it, and each chosen photo shows as a thumbnail with its own remove button. `accept="image/*"`
 * without `capture` lets a phone offer its camera AND its photo library, since CCTV stills are picked, not taken.
 */
export const PhotoPicker = ({
  photos,
  onChange,
  error,
}: {
  photos: readonly File[]
  onChange: (update: (current: File[]) => File[]) => void
  error?: string
}) => {
  const full = photos.length >= photoLimit
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        Photos (optional)
      </label>
      <FieldMessages
        id={id}
        hint={`Take a photo or pick CCTV stills: JPEG, PNG or WebP, up to ${photoLimit}.`}
        error={error}
      />
      <input
        {...fieldControlOf({ id, hint: true, error })}
        type="file"
        accept="image/*"
        multiple
        disabled={full}
        onChange={async (event) => {
          const input = event.currentTarget
          const chosen = await Promise.all(Array.from(input.files ?? []).map(shrinkPhoto))
          onChange((current) => [...current, ...chosen].slice(0, photoLimit))
          // Emptied so the same photo can be chosen again after removing it.
          input.value = ''
        }}
        className="peer sr-only"
      />
      <label
        htmlFor={id}
        className={`mt-2 flex min-h-14 w-full items-center justify-center gap-3 rounded-lg border-2 border-dashed px-4 py-3 text-center text-lg font-semibold peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent ${
          full
            ? 'cursor-not-allowed border-slate-300 bg-slate-100 text-slate-600'
            : 'cursor-pointer border-brand bg-white text-brand'
        }`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-7 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
        >
          <path d="M4 8h3l2-3h6l2 3h3v11H4z" strokeLinejoin="round" />
          <circle cx="12" cy="13" r="3.5" />
        </svg>
        {full
          ? `${photoLimit} photos: the most a report takes`
          : photos.length
            ? 'Add more photos'
            : 'Take photo or choose photos'}
      </label>
      {/* Always present, so screen readers announce each change to the count. */}
      <p className="mt-2 empty:hidden" aria-live="polite">
        {photos.length ? `${photos.length} photo${photos.length > 1 ? 's' : ''} attached.` : ''}
      </p>
      {photos.length ? (
        <ul className="mt-2 grid grid-cols-3 gap-2" aria-label="Chosen photos">
          {photos.map((photo, index) => (
            <PhotoThumbnail
              key={keyOf(photo)}
              file={photo}
              position={index + 1}
              onRemove={() => onChange((current) => current.filter((_, at) => at !== index))}
            />
          ))}
        </ul>
      ) : null}
    </div>
  )
}
