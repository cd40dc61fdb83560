'use server'
import { currentStaff } from '@/lib/auth/currentStaff'
import { formatWhen } from '@/lib/format/formatWhen'
import { describeMessage } from './describeMessage'
import { listConversation } from './listConversation'

export type StaffThreadEntry = {
  id: number
  heading: string
  createdAt: string
  body: string
  cctv: string | null
  photos: number[]
}

/** The report's thread for the admin panel, read as the signed-in scheme staff member. */
export const readConversationStaffAction = async (incidentId: number): Promise<StaffThreadEntry[]> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  if (!staff || !Number.isInteger(incidentId)) return []
  return (await listConversation(staff, incidentId)).map((message) => ({
    id: message.id,
    heading: describeMessage(message.kind, message.authorRole),
    createdAt: formatWhen(message.createdAt),
    body: message.body,
    cctv:
      message.kind === 'cctv-request'
        ? [
            message.cctvFrom ? `from ${formatWhen(message.cctvFrom)}` : null,
            message.cctvTo ? `until ${formatWhen(message.cctvTo)}` : null,
            message.cctvPlace,
          ]
            .filter(Boolean)
            .join(', ') || null
        : null,
    photos: (message.photos ?? []).map((photo) => (typeof photo === 'object' ? photo.id : photo)),
  }))
}
