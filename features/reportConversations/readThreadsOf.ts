import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import type { Evidence, ReportMessage } from '@/payload-types'

export type ThreadMessage = Pick<
  ReportMessage,
  'id' | 'kind' | 'body' | 'authorRole' | 'cctvFrom' | 'cctvTo' | 'cctvPlace' | 'createdAt'
> & {
  incident: number
  /** The message's photos the viewer may read (a bare id they may not read is left out). */
  photos: Evidence[]
}

/**
 * The threads of these reports as the viewer may read them (the messages' and the photos' own read access),
 * oldest first, with their photos populated: for the evidence pack and its ZIP export.
 */
export const readThreadsOf = async (
  payload: Payload,
  viewer: Account,
  incidentIds: readonly number[],
): Promise<ThreadMessage[]> => {
  if (!incidentIds.length) return []
  const { docs } = await payload.find({
    collection: 'report-messages',
    where: { incident: { in: [...incidentIds] } },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    select: {
      incident: true,
      kind: true,
      body: true,
      authorRole: true,
      cctvFrom: true,
      cctvTo: true,
      cctvPlace: true,
      photos: true,
      createdAt: true,
    },
    user: viewer,
    overrideAccess: false,
  })
  const photoIds = [...new Set(docs.flatMap((doc) => relationIds(doc.photos)))]
  const photos = photoIds.length
    ? (
        await payload.find({
          collection: 'evidence',
          where: { id: { in: photoIds } },
          depth: 0,
          limit: 0,
          pagination: false,
          user: viewer,
          overrideAccess: false,
        })
      ).docs
    : []
  const byId = new Map(photos.map((photo) => [photo.id, photo]))
  return docs.map((doc) => ({
    ...doc,
    incident: relationId(doc.incident) as number,
    photos: relationIds(doc.photos).flatMap((id) => byId.get(id) ?? []),
  }))
}
