import { incidentTextLimits as limits } from '@/collections/Incidents/rules/incidentTextLimits'
import type { ColumnSpec } from './columnSpec'

/** The incident log as a spreadsheet-run scheme keeps it. Other spellings of each heading are accepted. */
export const incidentColumns = [
  {
    key: 'date',
    header: 'Date',
    aliases: ['Incident date', 'Date of incident', 'Occurred on', 'When'],
    required: true,
    example: '14/10/2025',
    help: 'dd/mm/yyyy or yyyy-mm-dd (a time may follow the date). Not in the future.',
  },
  {
    key: 'time',
    header: 'Time',
    aliases: ['Time of incident', 'Incident time'],
    example: '15:40',
    help: '24-hour hh:mm, UK time. Blank means 12:00.',
  },
  {
    key: 'type',
    header: 'Type',
    aliases: ['Incident type', 'Category', 'Offence'],
    required: true,
    example: 'theft',
    help: 'An incident type still in use, by its key or name (Settings › Incident types); case does not matter.',
  },
  {
    key: 'business',
    header: 'Business',
    aliases: ['Business name', 'Shop', 'Store', 'Premises', 'Member'],
    required: true,
    example: 'Copper Kettle Cafe',
    help: 'The member business, named as in the businesses list (case does not matter).',
  },
  {
    key: 'spot',
    header: 'Where',
    aliases: ['Spot', 'Location', 'Place', 'Where in the shop'],
    example: 'front door',
    help: `Where in or near the business; up to ${limits.spot} characters.`,
  },
  {
    key: 'summary',
    header: 'Summary',
    aliases: ['Title', 'Headline'],
    example: 'Razor blades taken from aisle 3',
    help: `One line, up to ${limits.summary} characters. Blank: the start of the description.`,
  },
  {
    key: 'description',
    header: 'Description',
    aliases: ['Details', 'What happened', 'Narrative', 'Notes'],
    required: true,
    example: 'Man took six packs of razor blades and left without paying.',
    help: `What happened; up to ${limits.description.toLocaleString('en-GB')} characters.`,
  },
  {
    key: 'valueLost',
    header: 'Value lost',
    aliases: ['Loss', 'Amount lost', 'Value stolen', 'Value'],
    example: '£54.00',
    help: 'Pounds; a £ sign and commas are fine.',
  },
  {
    key: 'valueRecovered',
    header: 'Value recovered',
    aliases: ['Recovered', 'Amount recovered'],
    example: '£0',
    help: 'Pounds; no more than the value lost.',
  },
  {
    key: 'policeCalled',
    header: 'Police called',
    aliases: ['Police attended', 'Called police', 'Police'],
    example: 'yes',
    help: 'yes or no (blank means no).',
  },
  {
    key: 'offenderRefs',
    header: 'Offender refs',
    aliases: ['Offender ref', 'Offenders', 'Offender', 'Refs', 'Who'],
    example: 'OF-001',
    help: 'Separated by semicolons: a Ref from the offenders file imported with it, an existing profile name or alias, or #id.',
  },
  {
    key: 'crimeReference',
    header: 'Crime reference',
    aliases: ['Crime ref', 'Crime number', 'Crime no', 'Police reference', 'CAD'],
    example: '',
    help: `Up to ${limits.crimeReference} characters.`,
  },
  {
    key: 'outcome',
    header: 'Outcome',
    aliases: ['Police outcome', 'Result'],
    example: 'none',
    help: 'none, arrest, charge, conviction or NFA (no further action). Blank means none yet.',
  },
  {
    key: 'status',
    header: 'Status',
    aliases: ['Report status'],
    example: 'reviewed',
    help: 'submitted, reviewed, linked or closed. Blank means reviewed: staff imported it.',
  },
] as const satisfies readonly ColumnSpec[]

export type IncidentColumnKey = (typeof incidentColumns)[number]['key']
