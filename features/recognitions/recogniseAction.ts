'use server'
import { mayRecognise } from '@/collections/Recognitions/access/mayRecognise'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { recognitionSchema } from './recognitionSchema'

export type RecogniseState = { ok?: boolean; error?: string }

const fields = [
  'offender',
  'seenAt',
  'source',
  'confidence',
  'viewedImage',
  'knownFor',
  'howWell',
  'howOften',
  'lastSeenBefore',
  'viewingTime',
  'distance',
  'lighting',
  'obstructions',
  'viewingNote',
  'note',
] as const

/**
 * "I recognise this person": a recognition for staff to review, credited to the signed-in member (the
 * collection's hook takes it from the session), with what a court asks of it.
 */
export const recogniseAction = async (_state: RecogniseState, form: FormData): Promise<RecogniseState> => {
  const member = await currentMember()
  if (!member) return { error: 'Your session has ended. Sign in again.' }
  if (!mayRecognise({ user: member })) return { error: 'Your account does not record sightings.' }
  // An empty answer is a missing one: the schema names what to fill in.
  const parsed = recognitionSchema.safeParse(
    Object.fromEntries(fields.map((name) => [name, form.get(name) || undefined])),
  )
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the details.' }
  const { seenAt, ...answers } = parsed.data
  const payload = await getPayloadClient()
  try {
    await payload.create({
      collection: 'recognitions',
      data: { ...answers, recognisedAt: seenAt.toISOString() },
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
    return {
      error:
        'That could not be recorded. You may not be able to record sightings for this profile or that image.',
    }
  }
  return { ok: true }
}
