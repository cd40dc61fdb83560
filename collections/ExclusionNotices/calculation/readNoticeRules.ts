import type { PayloadRequest } from 'payload'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { type NoticeRules, noticeRulesOf } from '../rules/noticeRules'

/** The notice rules as the scheme's settings hold them, read in the caller's transaction. */
export const readNoticeRules = async (req: PayloadRequest): Promise<NoticeRules> => {
  const { exclusions } = await readSchemeSettings(req.payload, req)
  return noticeRulesOf(exclusions)
}
