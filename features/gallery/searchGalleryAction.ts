'use server'
import { z } from 'zod'
import { type GalleryCard, searchGallery } from '@/features/gallery/searchGallery'
import { currentMember } from '@/lib/auth/currentMember'

const querySchema = z.string().trim().max(80)

/** The report form's "who was it?" picker: a short thumbnail search of the gallery. */
export const searchGalleryAction = async (query: unknown): Promise<GalleryCard[]> => {
  const member = await currentMember()
  if (!member) return []
  const parsed = querySchema.safeParse(query)
  if (!parsed.success) return []
  const { cards } = await searchGallery(member, { query: parsed.data, limit: 12 })
  return cards
}
