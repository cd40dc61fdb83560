import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { describeMessage } from '@/features/reportConversations/describeMessage'
import { readThreadsOf } from '@/features/reportConversations/readThreadsOf'
import { loadPackImage } from './loadPackImage'
import type { PackImage, PackMessage } from './types'

/** A report's conversation as the viewer may read it, with the photos they may read, for the pack. */
export const gatherPackMessages = async (
  payload: Payload,
  viewer: Account,
  incidentId: number,
): Promise<PackMessage[]> => {
  const messages: PackMessage[] = []
  for (const message of await readThreadsOf(payload, viewer, [incidentId])) {
    const images: PackImage[] = []
    for (const photo of message.photos) {
      const image = await loadPackImage(payload, photo)
      if (image) images.push(image)
    }
    messages.push({
      id: message.id,
      heading: describeMessage(message.kind, message.authorRole),
      sentAt: message.createdAt,
      body: message.body,
      cctv:
        message.kind === 'cctv-request'
          ? { from: message.cctvFrom ?? null, to: message.cctvTo ?? null, place: message.cctvPlace ?? null }
          : null,
      images,
    })
  }
  return messages
}
