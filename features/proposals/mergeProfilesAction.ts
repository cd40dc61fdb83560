'use server'
import { revalidatePath } from 'next/cache'
import { currentStaff } from '@/lib/auth/currentStaff'
import { mergeSchema } from './decisionForm'
import { mergeInTransaction } from './mergeInTransaction'

export type MergeResult = { ok: true } | { ok: false; error: string }

/**
 * Merges any profile into another from the profile's edit page ("Merge with another profile"): the
 * survivor keeps its record and gains the other's reports, photos, recognitions and names; the other is
 * deleted. Only admins and scheme managers (checked here and again by `mergeProfiles`).
 */
export const mergeProfilesAction = async (survivor: unknown, duplicate: unknown): Promise<MergeResult> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  if (!staff) return { ok: false, error: 'Only scheme managers and admins merge profiles.' }
  const parsed = mergeSchema.safeParse({ survivor, duplicate })
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Choose a profile.' }
  const merged = await mergeInTransaction(staff, parsed.data.survivor, parsed.data.duplicate)
  if (!merged) return { ok: false, error: 'The profiles could not be merged. Nothing was changed.' }
  revalidatePath(`/admin/collections/offenders/${parsed.data.survivor}`)
  return { ok: true }
}
