import type { Media } from '@/payload-types'

type HeroMedia = Pick<Media, 'alt' | 'url' | 'width' | 'height' | 'sizes'>

/**
 * A campaign's or briefing's picture: the 640×400 card crop on phones, the 1600×700 hero crop on wider
 * screens (different crops, so a <picture>, not a srcset). Media files are public and served by Payload at
 * /api/media/file/…. Nothing is shown for an image the reader may not see (it arrives as a bare id).
 */
export const HeroImage = ({ image }: { image: number | HeroMedia | null | undefined }) => {
  if (!image || typeof image !== 'object') return null
  const card = image.sizes?.card
  const hero = image.sizes?.hero?.url ? image.sizes.hero : null
  const src = hero?.url ?? image.url
  if (!src) return null
  return (
    <picture>
      {card?.url ? (
        <source
          media="(max-width: 640px)"
          srcSet={card.url}
          width={card.width ?? undefined}
          height={card.height ?? undefined}
        />
      ) : null}
      <img
        src={src}
        alt={image.alt}
        width={(hero ?? image).width ?? undefined}
        height={(hero ?? image).height ?? undefined}
        className="h-auto w-full rounded-lg object-cover"
      />
    </picture>
  )
}
