/** The two stages of the scheme's sanction: a yellow warning, then a red exclusion. */
export const noticeStages = [
  { label: 'Warning (yellow)', value: 'warning' },
  { label: 'Exclusion (red)', value: 'exclusion' },
] as const

/** How a notice ended. `running` until it expires, is lifted on appeal, withdrawn, or replaced by a later one. */
export const noticeOutcomes = [
  { label: 'Running', value: 'running' },
  { label: 'Expired', value: 'expired' },
  { label: 'Lifted on appeal', value: 'lifted' },
  { label: 'Withdrawn', value: 'withdrawn' },
  { label: 'Replaced by a later notice', value: 'superseded' },
] as const

/** Whether the person signed the served notice or refused to. */
export const noticeSignatures = [
  { label: 'Signed', value: 'signed' },
  { label: 'Refused to sign', value: 'refused' },
] as const
