import type { Media } from '@/payload-types'

/** The Open Graph picture of a page: the 1600×700 hero size when there is one, else the original image. */
export const ogImageOf = (image: number | Media | null | undefined) => {
  if (!image || typeof image !== 'object') return null
  const hero = image.sizes?.hero
  return hero?.url
    ? { url: hero.url, width: hero.width, height: hero.height, alt: image.alt }
    : { url: image.url, width: image.width, height: image.height, alt: image.alt }
}
