'use server'
import { z } from 'zod'
import { mayRecognise } from '@/collections/Recognitions/access/mayRecognise'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { londonLocalToUtc } from '@/lib/time/londonTime'

const schema = z.object({
  offender: z.coerce.number().int().positive(),
  seenAt: z
    .string()
    .transform((value, context) => {
      const date = londonLocalToUtc(value)
      if (!date) {
        context.addIssue({ code: 'custom', message: 'Enter when you saw them.' })
        return z.NEVER
      }
      return date
    })
    .refine((date) => date.getTime() <= Date.now() + 5 * 60_000, 'That time is in the future.'),
  source: z.enum(['cctv', 'in-person', 'photo'], { message: 'Say how you recognised them.' }),
  confidence: z.enum(['possible', 'likely', 'certain'], { message: 'Say how sure you are.' }),
  note: z.string().trim().max(500, 'The note is at most 500 characters.').optional(),
})

export type RecogniseState = { ok?: boolean; error?: string }

/** "I recognise this person": a recognition for staff to review, credited to the signed-in member. */
export const recogniseAction = async (_state: RecogniseState, form: FormData): Promise<RecogniseState> => {
  const member = await currentMember()
  if (!member) return { error: 'Your session has ended. Sign in again.' }
  if (!mayRecognise({ user: member })) return { error: 'Your account does not record sightings.' }
  const parsed = schema.safeParse({
    offender: form.get('offender'),
    seenAt: form.get('seenAt'),
    source: form.get('source'),
    confidence: form.get('confidence'),
    note: form.get('note') || undefined,
  })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the details.' }
  const payload = await getPayloadClient()
  try {
    await payload.create({
      collection: 'recognitions',
      data: {
        offender: parsed.data.offender,
        recognisedAt: parsed.data.seenAt.toISOString(),
        source: parsed.data.source,
        confidence: parsed.data.confidence,
        note: parsed.data.note,
      },
      depth: 0,
      user: member,
      overrideAccess: false,
    })
  } catch (error) {
    payload.logger.warn({
      msg: 'Recognition refused',
      status: (error as { status?: number }).status,
      member: member.id,
    })
    return { error: 'That could not be recorded. You may not be able to record sightings for this profile.' }
  }
  return { ok: true }
}
