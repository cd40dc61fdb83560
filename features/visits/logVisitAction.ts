'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { mayLogVisit } from '@/collections/ShopVisits/access/mayLogVisit'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { londonLocalToUtc } from '@/lib/time/londonTime'

const schema = z.object({
  business: z.coerce.number({ message: 'Choose the shop.' }).int().positive('Choose the shop.'),
  visitedAt: z.string().transform((value, context) => {
    const date = londonLocalToUtc(value)
    if (!date || date.getTime() > Date.now() + 5 * 60_000) {
      context.addIssue({ code: 'custom', message: 'Enter when you visited (not in the future).' })
      return z.NEVER
    }
    return date
  }),
  notes: z.string().trim().max(1000, 'Notes are at most 1,000 characters.'),
})

export type LogVisitState = { ok?: boolean; error?: string }

/** An adopting officer logs a visit to one of their shops. */
export const logVisitAction = async (_state: LogVisitState, form: FormData): Promise<LogVisitState> => {
  const member = await currentMember()
  if (!member || !mayLogVisit({ user: member })) return { error: 'Only police officers log shop visits.' }
  const parsed = schema.safeParse({
    business: form.get('business'),
    visitedAt: form.get('visitedAt'),
    notes: form.get('notes') ?? '',
  })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the details.' }
  const payload = await getPayloadClient()
  try {
    await payload.create({
      collection: 'shop-visits',
      data: {
        business: parsed.data.business,
        visitedAt: parsed.data.visitedAt.toISOString(),
        notes: parsed.data.notes,
      },
      depth: 0,
      user: member,
      overrideAccess: false,
    } as never)
  } catch (error) {
    return { error: (error as Error).message || 'The visit could not be logged.' }
  }
  revalidatePath('/visits')
  return { ok: true }
}
