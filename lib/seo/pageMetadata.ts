import type { Metadata } from 'next'

type PageImage = { url?: string | null; width?: number | null; height?: number | null; alt?: string | null }

type PageMeta = {
  title: string
  description: string
  /** The page's path ("/campaigns/cops-adopt-a-shop"); made absolute by the layout's `metadataBase`. */
  path: string
  siteName: string
  image?: PageImage | null
  type?: 'website' | 'article'
  /** The home page's title is the scheme's name as it stands, without the "· <short name>" suffix. */
  absoluteTitle?: boolean
}

/**
 * Title, description, canonical address and Open Graph tags for a public page. Next replaces the layout's
 * `openGraph` wholesale when a page sets one, so every page gets a complete set from here.
 */
export const pageMetadata = ({
  title,
  description,
  path,
  siteName,
  image,
  type = 'website',
  absoluteTitle = false,
}: PageMeta): Metadata => ({
  title: absoluteTitle ? { absolute: title } : title,
  description,
  alternates: { canonical: path },
  openGraph: {
    title,
    description,
    url: path,
    siteName,
    type,
    locale: 'en_GB',
    images: image?.url
      ? [
          {
            url: image.url,
            width: image.width ?? undefined,
            height: image.height ?? undefined,
            alt: image.alt ?? '',
          },
        ]
      : undefined,
  },
})
