const nouns: Record<string, string> = {
  offenders: 'offender profile',
  incidents: 'report',
  evidence: 'evidence image',
  'subject-requests': 'subject access request',
  'incident-types': 'incident type',
  'warning-markers': 'warning marker',
  'partner-agencies': 'partner agency',
  'police-outcomes': 'police outcome',
}

/**
 * What an audit summary calls a record of this collection ("offender profile #12"): summaries name records
 * by id, never by a person's name, so nothing in the log outlives the record's retention.
 */
export const recordNoun = (slug: string, count = 1): string => {
  const noun = nouns[slug] ?? slug
  return count === 1 || !nouns[slug] ? noun : `${noun}s`
}
