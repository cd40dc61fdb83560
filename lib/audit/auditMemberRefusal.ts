import 'server-only'
import type { Account } from '@/access/accountOf'
import { auditAccessDenied, type Refusal } from './auditAccessDenied'
import { auditRequestFor } from './auditRequestFor'

/** From a members' page or route handler: logs a refusal as the signed-in account (see auditAccessDenied). */
export const auditMemberRefusal = async (viewer: Account | null, refusal: Refusal): Promise<boolean> =>
  auditAccessDenied(await auditRequestFor(viewer), refusal)
