'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { mayAddPoliceDetails } from '@/collections/Incidents/access/mayAddPoliceDetails'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

const schema = z.object({
  id: z.coerce.number().int().positive(),
  crimeReference: z.string().trim().max(40, 'A crime reference is at most 40 characters.'),
  // A key of the scheme's list; the outcome relationship's filterOptions refuse a retired or unknown one.
  outcome: z.string({ message: 'Choose an outcome.' }).regex(/^[a-z0-9-]{1,40}$/, 'Choose an outcome.'),
  notes: z.string().trim().max(2000, 'Notes are at most 2,000 characters.'),
})

export type PoliceFieldsState = { ok?: boolean; error?: string }

/** Police add a crime number, an outcome and notes to a report; nothing else of it can change here. */
export const updatePoliceFieldsAction = async (
  _state: PoliceFieldsState,
  form: FormData,
): Promise<PoliceFieldsState> => {
  const member = await currentMember()
  if (!member || !mayAddPoliceDetails({ user: member })) {
    return { error: 'Only police officers can add police details.' }
  }
  const parsed = schema.safeParse({
    id: form.get('id'),
    crimeReference: form.get('crimeReference') ?? '',
    outcome: form.get('outcome'),
    notes: form.get('notes') ?? '',
  })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the details.' }
  const { id, ...police } = parsed.data
  const payload = await getPayloadClient()
  try {
    await payload.update({
      collection: 'incidents',
      id,
      data: { police },
      depth: 0,
      user: member,
      overrideAccess: false,
    })
  } catch (error) {
    payload.logger.warn({
      msg: 'Police update refused',
      incident: id,
      status: (error as { status?: number }).status,
    })
    return { error: 'That report could not be updated.' }
  }
  revalidatePath(`/incidents/${id}`)
  return { ok: true }
}
