import type { Field } from 'payload'

const months = (name: string, defaultValue: number, description: string): Field => ({
  name,
  type: 'number',
  required: true,
  defaultValue,
  min: 1,
  max: 60,
  admin: { description },
})

const points = (name: string, defaultValue: number, description: string): Field => ({
  name,
  type: 'number',
  required: true,
  defaultValue,
  min: 0,
  max: 100,
  admin: { description },
})

/**
 * The notice calculator's rules (collections/ExclusionNotices/rules/suggestNoticeStage.ts): reports in the
 * window score points by type, breaches score extra, and the totals against each stage's threshold suggest
 * a yellow warning or a red exclusion. Staff decide; choosing otherwise needs a reason. The red stage's
 * length and appeal period are the group's `durationMonths` and `appealAfterMonths`. Also how long a notice
 * record is kept once it has ended.
 */
export const noticeCalculatorFields: Field[] = [
  months('windowMonths', 12, 'Reports and earlier notices count towards a suggestion for this many months.'),
  {
    name: 'pointsByType',
    label: 'Points per report type',
    type: 'array',
    maxRows: 50,
    admin: {
      description: 'Report types worth more (or less) than the default. Welfare concerns never count.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'incidentType', type: 'relationship', relationTo: 'incident-types' },
          { name: 'points', type: 'number', required: true, defaultValue: 1, min: 0, max: 100 },
        ],
      },
    ],
  },
  points('defaultPoints', 1, 'Points for a report of any type not listed above.'),
  points(
    'breachPoints',
    5,
    'Points for a report that breached an exclusion (or whose type is an exclusion breach), instead of its type’s.',
  ),
  points('exclusionThreshold', 6, 'Points from which a red exclusion is suggested.'),
  {
    name: 'warning',
    label: 'Warning (yellow)',
    type: 'group',
    fields: [
      points(
        'threshold',
        3,
        'Points from which a yellow warning is suggested; red if the person had a warning or exclusion within the window.',
      ),
      months('durationMonths', 6, 'A warning runs this long from its start.'),
      months('appealAfterMonths', 3, 'A warned person may appeal after this many incident-free months.'),
    ],
  },
  {
    name: 'noticeRetentionMonths',
    type: 'number',
    required: true,
    defaultValue: 24,
    min: 0,
    max: 120,
    admin: { description: 'A notice record is deleted this long after it ends (the retention job).' },
  },
]
