import 'server-only'
import { createLocalReq, Forbidden, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { mayReadSchemePattern } from '@/collections/Incidents/access/mayReadSchemePattern'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import { countPattern } from './countPattern'
import { inPeriodWhere } from './inPeriodWhere'
import { previousPeriodOf } from './previousPeriodOf'
import type { SchemePattern } from './types'

/**
 * The scheme-wide pattern for police and scheme staff (mayReadSchemePattern): day × hour, types, streets
 * and the trend against the previous period of the same length, over the reports and businesses the
 * collections' own read access gives the viewer.
 */
export const getSchemePattern = async (
  payload: Payload,
  viewer: Account,
  period: OutcomePeriod,
): Promise<SchemePattern> => {
  if (!mayReadSchemePattern({ user: viewer })) {
    throw new Forbidden((await createLocalReq({ user: viewer }, payload)).t)
  }
  const previous = previousPeriodOf(period)
  const [incidents, businesses] = await Promise.all([
    readableIdsSql(payload, 'incidents', viewer, inPeriodWhere(previous.start, period.end)),
    readableIdsSql(payload, 'businesses', viewer, {}),
  ])
  return countPattern(payload, incidents, businesses, period, previous)
}
