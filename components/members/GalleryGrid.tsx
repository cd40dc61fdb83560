import Link from 'next/link'
import type { GalleryCard } from '@/features/gallery/searchGallery'
import type { VocabularyOption } from '@/features/vocabulary/vocabularyOption'
import { labelOf } from '@/lib/format/labelOf'
import { PhotoPlaceholder } from './PhotoPlaceholder'

export const GalleryGrid = ({ cards, markers }: { cards: GalleryCard[]; markers: VocabularyOption[] }) =>
  cards.length ? (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
      {cards.map((card, index) => (
        <li key={card.id} className="overflow-hidden rounded-lg border border-slate-300 bg-white">
          <Link href={`/offenders/${card.id}`} className="block">
            {/* The silhouette shows while a lazy photo loads, and stays if it cannot be served, so every card
                keeps its shape and never shows a broken image. */}
            <span className="relative block aspect-square w-full bg-slate-200 text-slate-500">
              <PhotoPlaceholder label={card.photoId ? undefined : 'No photo'} />
              {card.photoId ? (
                // biome-ignore lint/performance/noImgElement: private watermarked images are never optimised or cached
                <img
                  src={`/photos/${card.photoId}?size=thumbnail`}
                  alt=""
                  width={320}
                  height={320}
                  // The first rows load at once; the rest as the member scrolls, to spare phone data.
                  loading={index < 8 ? 'eager' : 'lazy'}
                  decoding="async"
                  className="relative aspect-square w-full object-cover"
                />
              ) : null}
            </span>
            <span className="block p-2">
              <span className="block font-semibold">{card.name}</span>
              {card.gallery === 'id-sought' ? (
                <span className="block text-sm font-medium text-amber-800">ID sought</span>
              ) : null}
              {card.exclusionStage === 'exclusion' ? (
                <span className="block text-sm font-medium text-red-800">Excluded</span>
              ) : null}
              {card.warningMarkers.length ? (
                <span className="block text-sm text-slate-700">
                  {card.warningMarkers.map((marker) => labelOf(markers, marker)).join(', ')}
                </span>
              ) : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  ) : (
    <p>No profiles match.</p>
  )
