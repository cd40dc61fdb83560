import { APIError } from 'payload'
import type { ReadArgs } from './isMemberListRead'
import { memberListReadRules } from './memberListReadRules'

/** How many rows a find may return: Payload reads 10 by default, and everything for limit 0 or no pages. */
const rowsAsked = ({ limit, pagination }: ReadArgs) => {
  if (limit === undefined || limit === null) return pagination === false ? Number.POSITIVE_INFINITY : 10
  const rows = Number(limit)
  return Number.isFinite(rows) && rows > 0 ? rows : Number.POSITIVE_INFINITY
}

/**
 * Refuses a member's list read that could return more than one page (limit 0, a huge limit, pagination
 * switched off), before anything is read: the members' pages never ask for more, and a copy of everything
 * is what the cap is there to stop. 400 with a message saying what is allowed.
 */
export const refuseOversizedList = (args: ReadArgs): void => {
  const max = memberListReadRules.maxRows
  if (rowsAsked(args) <= max) return
  throw new APIError(
    `A list returns at most ${max} records at a time: ask for one page (limit 1 to ${max}).`,
    400,
    null,
    true,
  )
}
