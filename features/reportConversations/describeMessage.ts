import { authorRoles, messageKinds } from '@/collections/ReportMessages/messageKinds'
import { labelOf } from '@/lib/format/labelOf'

/** "CCTV request from Police", "Reply from Reporter": how a thread names a message, by role, never a name. */
export const describeMessage = (kind: string, authorRole: string | null | undefined) =>
  `${labelOf(messageKinds, kind)} from ${labelOf(authorRoles, authorRole ?? '') || 'the scheme'}`
