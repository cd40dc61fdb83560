import type { ColumnSpec } from './columnSpec'

/** The gallery as a spreadsheet-run scheme keeps it. Other spellings of each heading are accepted. */
export const offenderColumns = [
  {
    key: 'ref',
    header: 'Ref',
    aliases: ['Reference', 'Offender ref', 'Offender ID', 'ID', 'No'],
    example: 'OF-001',
    help: 'Your own reference for the person; the incidents file names people by it. Unique in the file.',
  },
  {
    key: 'firstName',
    header: 'First name',
    aliases: ['Forename', 'Given name', 'First'],
    example: 'Jamie',
    help: 'Up to 80 characters.',
  },
  {
    key: 'lastName',
    header: 'Last name',
    aliases: ['Surname', 'Family name', 'Last'],
    example: 'Fictitious',
    help: 'Up to 80 characters.',
  },
  {
    key: 'aliases',
    header: 'Aliases',
    aliases: ['Alias', 'AKA', 'Also known as', 'Nicknames', 'Nickname'],
    example: 'JJ; Jay',
    help: 'Separated by semicolons; up to 20, each up to 80 characters.',
  },
  {
    key: 'gallery',
    header: 'Gallery',
    aliases: ['Gallery type', 'Known or ID sought'],
    example: 'known',
    help: '"known", or "ID sought" for a person not yet identified. Blank means known.',
  },
  {
    key: 'warningMarkers',
    header: 'Warning markers',
    aliases: ['Warnings', 'Warning', 'Markers'],
    example: 'violence; prolific',
    help: 'Separated by semicolons: warning markers still in use, by key or name (Settings › Warning markers).',
  },
  { key: 'ageRange', header: 'Age range', aliases: ['Age'], example: '25-35', help: 'Up to 20 characters.' },
  { key: 'height', header: 'Height', aliases: [], example: '5ft 10in', help: 'Up to 20 characters.' },
  { key: 'build', header: 'Build', aliases: [], example: 'slim', help: 'Up to 40 characters.' },
  {
    key: 'hair',
    header: 'Hair',
    aliases: ['Hair colour', 'Hair color'],
    example: 'short, dark',
    help: 'Up to 60 characters.',
  },
  {
    key: 'distinguishingFeatures',
    header: 'Distinguishing features',
    aliases: ['Features', 'Marks', 'Tattoos', 'Scars'],
    example: 'Scar above left eye',
    help: 'Up to 1,000 characters.',
  },
  {
    key: 'usualClothing',
    header: 'Usual clothing',
    aliases: ['Clothing', 'Clothes'],
    example: 'Grey hooded top',
    help: 'Up to 1,000 characters.',
  },
  {
    key: 'modusOperandi',
    header: 'MO',
    aliases: ['M.O.', 'Modus operandi', 'Method'],
    example: 'Works with a lookout; targets razor blades',
    help: 'How the person offends; up to 3,000 characters.',
  },
  {
    key: 'exclusionStage',
    header: 'Exclusion stage',
    aliases: ['Exclusion', 'Stage'],
    example: 'warning',
    help: '"none", "warning" (yellow) or "exclusion" (red). Blank means none.',
  },
  {
    key: 'exclusionStart',
    header: 'Exclusion start',
    aliases: ['Exclusion start date', 'Exclusion from', 'Excluded from'],
    example: '01/09/2025',
    help: 'Needed with a warning or exclusion: dd/mm/yyyy or yyyy-mm-dd.',
  },
  {
    key: 'exclusionEnd',
    header: 'Exclusion end',
    aliases: ['Exclusion end date', 'Exclusion until', 'Excluded until'],
    example: '',
    help: 'Blank: the scheme settings decide (12 months by default).',
  },
  {
    key: 'status',
    header: 'Status',
    aliases: ['Profile status'],
    example: 'approved',
    help: '"approved" (blank means approved: staff import is the approval), "proposed" or "archived".',
  },
] as const satisfies readonly ColumnSpec[]

export type OffenderColumnKey = (typeof offenderColumns)[number]['key']
