import type { PayloadRequest, Validate } from 'payload'
import { memberOf } from '@/access/accountOf'
import type { RecognitionSource } from './turnbullChoices'

type Sibling = { source?: RecognitionSource | null }

/**
 * A recognition a member sends answers what a court will ask (rules/turnbullChoices.ts). Staff entering one
 * from a phone call or a paper form may leave an answer the witness never gave blank, and recognitions made
 * before these questions existed stay valid when staff review them: so required on a member's create only.
 * `when` narrows it to the sources the answer applies to. A custom validate replaces Payload's own, so
 * `base` (the field type's validator from payload/shared: the select's options, the relationship's
 * filterOptions) still runs after it.
 */
export const requiredFromMembers =
  <Value, Options extends { operation?: string; req: PayloadRequest; siblingData: unknown }>(
    base: (value: Value | null | undefined, options: Options) => ReturnType<Validate>,
    message: string,
    when: (source: RecognitionSource | null | undefined) => boolean = () => true,
  ) =>
  (value: Value | null | undefined, options: Options): ReturnType<Validate> => {
    const { operation, req, siblingData } = options
    const missing = value === null || value === undefined || value === ''
    if (missing && operation === 'create' && memberOf(req) && when((siblingData as Sibling).source)) {
      return message
    }
    return base(value, options)
  }
