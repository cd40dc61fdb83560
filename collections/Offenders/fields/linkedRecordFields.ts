import type { Field } from 'payload'

/** The reports naming this person, newest first (a join: stored on the reports). */
export const linkedReportsField: Field = {
  name: 'incidents',
  type: 'join',
  collection: 'incidents',
  on: 'offenders',
  defaultLimit: 20,
  defaultSort: '-occurredAt',
  admin: { defaultColumns: ['occurredAt', 'type', 'business', 'status'] },
}

/** Who recognised this person (a join: stored on the recognitions). */
export const recognitionsField: Field = {
  name: 'recognitions',
  type: 'join',
  collection: 'recognitions',
  on: 'offender',
  defaultLimit: 20,
  defaultSort: '-recognisedAt',
  admin: {
    description:
      'Who recognised this person, when, from what, how sure they were, and how well they know them. Open one to see the image viewed and the viewing conditions, and to tick it reviewed.',
    defaultColumns: ['recognisedAt', 'member', 'source', 'confidence', 'knownFor', 'howWell', 'reviewed'],
  },
}
