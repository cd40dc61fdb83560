import type { FilterOptionsProps, Where } from 'payload'
import { memberWithRole } from '@/access/member'

/**
 * Members link only photos they uploaded themselves (to their report or their proposal), never another
 * business's stills; staff and police any photo they may read (Payload re-reads the ids with read access).
 */
export const linkablePhotos = ({ req }: FilterOptionsProps): Where | true => {
  const member = memberWithRole(req, 'member', 'business-manager')
  return member ? { uploadedBy: { equals: member.id } } : true
}
