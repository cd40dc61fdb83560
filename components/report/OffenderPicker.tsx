'use client'
import { useState, useTransition } from 'react'
import { Field } from '@/components/shared/Field'
import type { GalleryCard } from '@/features/gallery/searchGallery'
import { searchGalleryAction } from '@/features/gallery/searchGalleryAction'

type Props = { selected: GalleryCard[]; onChange: (selected: GalleryCard[]) => void; error?: string }

/** Pick known people from a thumbnail search of the gallery. */
export const OffenderPicker = ({ selected, onChange, error }: Props) => {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<GalleryCard[]>([])
  const [searched, setSearched] = useState(false)
  const [pending, startTransition] = useTransition()
  const search = () =>
    startTransition(async () => {
      setResults(await searchGalleryAction(query))
      setSearched(true)
    })
  const toggle = (card: GalleryCard) =>
    onChange(
      selected.some((entry) => entry.id === card.id)
        ? selected.filter((entry) => entry.id !== card.id)
        : [...selected, card],
    )
  return (
    <div className="space-y-2">
      <Field
        id="gallery-search"
        label="Someone from the gallery? Search by name, nickname or description"
        error={error}
      >
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  search()
                }
              }}
              className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
            />
            <button
              type="button"
              onClick={search}
              className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand-ink"
            >
              {pending ? 'Searching…' : 'Search'}
            </button>
          </div>
        )}
      </Field>
      {selected.length ? (
        <p aria-live="polite">
          Linked: <strong>{selected.map((card) => card.name).join(', ')}</strong>
        </p>
      ) : null}
      {searched && !results.length ? <p aria-live="polite">No one in the gallery matches that.</p> : null}
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
        {results.map((card) => {
          const isSelected = selected.some((entry) => entry.id === card.id)
          return (
            <li key={card.id}>
              <button
                type="button"
                aria-pressed={isSelected}
                onClick={() => toggle(card)}
                className={`w-full rounded-lg border-2 p-1 text-sm ${isSelected ? 'border-brand bg-brand/10' : 'border-slate-300 bg-white'}`}
              >
                {card.photoId ? (
                  // biome-ignore lint/performance/noImgElement: private watermarked images are never optimised or cached
                  <img
                    src={`/photos/${card.photoId}?size=thumbnail`}
                    alt=""
                    width={96}
                    height={96}
                    className="mx-auto aspect-square w-full object-cover"
                  />
                ) : null}
                <span className="block truncate font-medium">{card.name}</span>
                <span className="sr-only">{isSelected ? ' (linked)' : ''}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
