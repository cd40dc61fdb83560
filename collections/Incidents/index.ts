import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { isSchemeManager, isSchemeManagerField } from '@/access/staff'
import { notRetired } from '@/fields/notRetired'
import { auditChange, auditDelete } from '@/lib/audit/auditChange'
import { auditMemberListReadResult } from '@/lib/audit/auditMemberListReadResult'
import { auditRecordOpened } from '@/lib/audit/auditRecordOpened'
import { boundMemberListRead } from '@/lib/audit/boundMemberListRead'
import { linkablePhotos } from '../Evidence/access/linkablePhotos'
import { linkableProfiles } from '../Offenders/access/linkableProfiles'
import { ownProposalsAmong } from '../Offenders/access/ownProposalsAmong'
import { removeMessagesWithIncident } from '../ReportMessages/hooks/removeMessagesWithIncident'
import { removeStatementsWithIncident } from '../WitnessStatements/hooks/removeStatementsWithIncident'
import { createIncidents } from './access/createIncidents'
import { policeOrSchemeManagerField } from './access/policeOrSchemeManagerField'
import { readIncidents } from './access/readIncidents'
import { readPoliceOutcomeField } from './access/readPoliceOutcomeField'
import { readReporterField } from './access/readReporterField'
import { updateIncidents } from './access/updateIncidents'
import { flagExclusionBreach } from './hooks/flagExclusionBreach'
import { linkEvidenceToIncident } from './hooks/linkEvidenceToIncident'
import { recordBreachOnNotice } from './hooks/recordBreachOnNotice'
import { takeReporterFromSession } from './hooks/takeReporterFromSession'
import { touchOffenderActivity } from './hooks/touchOffenderActivity'
import { validateIncidentLinks } from './hooks/validateIncidentLinks'
import { incidentStatuses } from './incidentTypes'
import { incidentTextLimits } from './rules/incidentTextLimits'
import { incidentValueLimits } from './rules/incidentValueLimits'
import { maxIncidentPhotos } from './rules/maxIncidentPhotos'
import { validateNewLinks } from './validation/validateNewLinks'
import { validateOccurredAt } from './validation/validateOccurredAt'

const staffEdits = { update: isSchemeManagerField }
// Members never write police fields, on create either (docs/access-control.md); staff enter them for reports
// phoned in.
const policeEdits = { create: policeOrSchemeManagerField, update: policeOrSchemeManagerField }

/**
 * A report from a member business. Reporter, business and status come from the session (hook), never from
 * the client. Police may add their own fields; nobody but scheme staff changes the rest.
 */
export const Incidents: CollectionConfig = {
  slug: 'incidents',
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['occurredAt', 'type', 'business', 'status', 'summary'],
    group: 'Scheme',
  },
  access: {
    create: createIncidents,
    read: readIncidents,
    update: updateIncidents,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [takeReporterFromSession, validateIncidentLinks, flagExclusionBreach],
    afterChange: [touchOffenderActivity, linkEvidenceToIncident, recordBreachOnNotice, auditChange],
    beforeDelete: [removeStatementsWithIncident, removeMessagesWithIncident],
    afterDelete: [auditDelete],
    beforeOperation: [boundMemberListRead],
    afterOperation: [auditRecordOpened, auditMemberListReadResult],
  },
  defaultSort: '-occurredAt',
  // One report per form submission and reporter, however many times the phone retries it.
  indexes: [{ fields: ['reporter', 'idempotencyKey'], unique: true }],
  fields: [
    {
      // The type's key (collections/IncidentTypes): a renamed type relabels its reports, never changes them.
      name: 'type',
      type: 'relationship',
      relationTo: 'incident-types',
      required: true,
      index: true,
      access: staffEdits,
      // A retired type is not offered for new reports; reports already of that type keep it.
      filterOptions: notRetired,
      validate: validateNewLinks('Choose a type of report that is still in use.'),
    },
    {
      name: 'occurredAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      access: staffEdits,
      validate: validateOccurredAt,
    },
    {
      name: 'business',
      type: 'relationship',
      relationTo: 'businesses',
      required: true,
      index: true,
      access: { create: isSchemeManagerField, update: isSchemeManagerField },
      admin: { description: 'For members this is always their own business.' },
    },
    {
      name: 'spot',
      type: 'text',
      maxLength: incidentTextLimits.spot,
      admin: { description: 'e.g. "front door", "till 2"' },
      access: staffEdits,
    },
    {
      name: 'summary',
      type: 'text',
      maxLength: incidentTextLimits.summary,
      admin: { description: 'One line, shown in lists.' },
      access: staffEdits,
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: incidentTextLimits.description,
      access: staffEdits,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'valueLost',
          type: 'number',
          min: incidentValueLimits.min,
          max: incidentValueLimits.max,
          admin: { step: 0.01 },
          access: staffEdits,
        },
        {
          name: 'valueRecovered',
          type: 'number',
          min: incidentValueLimits.min,
          max: incidentValueLimits.max,
          admin: { step: 0.01 },
          access: staffEdits,
        },
      ],
    },
    { name: 'policeCalled', type: 'checkbox', defaultValue: false, access: staffEdits },
    {
      name: 'offenders',
      type: 'relationship',
      relationTo: 'offenders',
      hasMany: true,
      index: true,
      admin: { description: 'Known profiles involved. Never set for a welfare concern.' },
      access: staffEdits,
      // Only profiles the caller may read, or a member's own proposal filed with the report.
      filterOptions: linkableProfiles,
      validate: validateNewLinks('Link only people you can find in the gallery.', ownProposalsAmong),
    },
    {
      name: 'unknownPersonDescription',
      type: 'textarea',
      maxLength: incidentTextLimits.unknownPersonDescription,
      admin: { description: 'What an unidentified person looked like.' },
      access: staffEdits,
    },
    {
      name: 'evidence',
      type: 'relationship',
      relationTo: 'evidence',
      hasMany: true,
      maxRows: maxIncidentPhotos,
      access: staffEdits,
      filterOptions: linkablePhotos,
      validate: validateNewLinks('Attach only photos you sent with this report.'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: [...incidentStatuses],
      access: { create: isSchemeManagerField, update: isSchemeManagerField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'exclusionBreach',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: 'Exclusion breach',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Someone involved was under an exclusion at the time.',
      },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'breachOf',
      type: 'relationship',
      relationTo: 'offenders',
      hasMany: true,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.exclusionBreach) },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      // Set from the session by a hook; once written nobody changes who reported.
      access: { read: readReporterField, create: isSchemeManagerField, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'police',
      type: 'group',
      label: 'Police',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'crimeReference',
          type: 'text',
          maxLength: incidentTextLimits.crimeReference,
          index: true,
          // The reporter may record the reference they were given when they called the police, when filing
          // only; afterwards it is police's and staff's to change.
          access: { read: readPoliceOutcomeField, update: policeOrSchemeManagerField },
        },
        {
          // The scheme's list (collections/PoliceOutcomes); retired outcomes are kept, never offered.
          name: 'outcome',
          type: 'relationship',
          relationTo: 'police-outcomes',
          defaultValue: 'none',
          index: true,
          filterOptions: notRetired,
          // A report keeps a retired outcome when police change only its crime number.
          validate: validateNewLinks('Choose a police outcome that is still in use.'),
          // Typed as the key: it is read at depth 0 everywhere (the retention rules compare it as text);
          // code that might meet it populated reads it through relationKey.
          typescriptSchema: [() => ({ type: ['string', 'null'] })],
          access: { read: readPoliceOutcomeField, ...policeEdits },
        },
        {
          name: 'notes',
          type: 'textarea',
          maxLength: incidentTextLimits.policeNotes,
          access: { read: policeOrSchemeManagerField, ...policeEdits },
        },
      ],
    },
    {
      // Not stored: the report's conversation with its reporter, and asking (docs/report-conversations.md).
      name: 'reportConversation',
      type: 'ui',
      admin: {
        components: { Field: '/components/admin/ReportConversationPanel#ReportConversationPanel' },
      },
    },
    {
      // Not stored: a link to the audited PDF export (docs/evidence-packs.md).
      name: 'evidencePackLink',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/EvidencePackLink#EvidencePackLink' },
      },
    },
    {
      // Not stored: asks the reporter for a witness statement (docs/witness-statements.md).
      name: 'requestStatement',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/RequestStatementButton#RequestStatementButton' },
      },
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Past the retention period: reporter and free text removed, counts kept for statistics.',
      },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      maxLength: 64,
      index: true,
      // The report form's own id for one submission: a retried send finds the report it already made.
      admin: { hidden: true },
      access: { read: isSchemeManagerField, update: nobodyField },
    },
  ],
  timestamps: true,
}
