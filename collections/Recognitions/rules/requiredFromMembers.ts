import type { PayloadRequest, Validate } from 'payload'
import { memberOf } from '@/access/accountOf'
import type { RecognitionSource } from './turnbullChoices'

type Sibling = { source?: RecognitionSource | null }

/**
 * A recognition a member sends answers what a court will ask (rules/turnbullChoices.ts). Staff entering one
 * from a phone call or a paper form may leave an answer the witness never gave blank, and recognitions made
 * before these questions existed stay valid when staff review them: so required on a member's create only.
 * `when` narrows it to the sources the answer applies to.
 */
export const requiredFromMembers =
  (message: string, when: (source: RecognitionSource | null | undefined) => boolean = () => true): Validate =>
  (
    value,
    { operation, req, siblingData }: { operation?: string; req: PayloadRequest; siblingData: unknown },
  ) => {
    if (operation !== 'create' || !memberOf(req)) return true
    if (!when((siblingData as Sibling).source)) return true
    return value === null || value === undefined || value === '' ? message : true
  }
