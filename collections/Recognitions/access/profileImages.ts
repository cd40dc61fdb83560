import type { FilterOptionsProps, Where } from 'payload'
import { relationId } from '@/access/relationId'

/**
 * The image a recogniser viewed is one of the recognised profile's own images, and (Payload re-reads the
 * chosen id with the caller's read access, readEvidence) one they may open. Before a profile is chosen,
 * nothing is offered.
 */
export const profileImages = ({ data }: FilterOptionsProps): Where | false => {
  const offender = relationId(data?.offender)
  return offender === null ? false : { offender: { equals: offender } }
}
