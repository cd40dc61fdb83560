import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { memberOf } from '@/access/accountOf'

/** The reply belongs to the signed-in member; replies go to events only. */
export const takeAttendeeFromSession: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const member = memberOf(req)
  if (!member) throw new APIError('Only members can reply to events.', 403, null, true)
  const event = await req.payload.findByID({
    collection: 'briefings',
    id: data.event,
    depth: 0,
    select: { kind: true, event: true },
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (event?.kind !== 'event' || event.event?.rsvpEnabled === false) {
    throw new APIError('That briefing is not an event taking replies.', 400, null, true)
  }
  return { ...data, member: member.id }
}
