import type { Media } from '@/payload-types'

export type SchemeImage = {
  id: number
  url: string
  alt: string
  filename: string
  width: number | null
  height: number | null
  updatedAt: string
}

/**
 * A logo or icon as the settings read it at depth 1: the media record, or null when none is set (or only its
 * id came back, which a depth-0 read would give).
 */
export const schemeImageOf = (value: number | Media | null | undefined): SchemeImage | null =>
  value && typeof value === 'object' && value.url && value.filename
    ? {
        id: value.id,
        url: value.url,
        alt: value.alt,
        filename: value.filename,
        width: value.width ?? null,
        height: value.height ?? null,
        updatedAt: value.updatedAt,
      }
    : null
