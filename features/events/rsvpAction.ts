'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

const schema = z.object({
  event: z.coerce.number().int().positive(),
  response: z.enum(['going', 'not-going']),
  slug: z.string().max(100),
})

/** Replies to an event, or changes the member's reply. One reply per member and event. */
export const rsvpAction = async (form: FormData): Promise<void> => {
  const member = await currentMember()
  if (!member) return
  const parsed = schema.safeParse({
    event: form.get('event'),
    response: form.get('response'),
    slug: form.get('slug'),
  })
  if (!parsed.success) return
  const payload = await getPayloadClient()
  const asMember = { user: member }
  const existing = await payload.find({
    collection: 'event-rsvps',
    where: { event: { equals: parsed.data.event } },
    limit: 1,
    depth: 0,
    ...asMember,
    overrideAccess: false,
  })
  const current = existing.docs[0]
  if (current) {
    await payload.update({
      collection: 'event-rsvps',
      id: current.id,
      data: { response: parsed.data.response },
      ...asMember,
      overrideAccess: false,
    })
  } else {
    await payload.create({
      collection: 'event-rsvps',
      data: { event: parsed.data.event, response: parsed.data.response },
      ...asMember,
      overrideAccess: false,
    } as never)
  }
  revalidatePath(`/briefings/${parsed.data.slug}`)
}
