import type { CollectionConfig } from 'payload'
import { nobodyField } from '@/access/common'
import { auditDelete } from '@/lib/audit/auditChange'
import { createWitnessStatements } from './access/createWitnessStatements'
import { deleteWitnessStatements } from './access/deleteWitnessStatements'
import { readWitnessStatements } from './access/readWitnessStatements'
import { reporterField } from './access/reporterField'
import { reporterOrRequesterField } from './access/reporterOrRequesterField'
import { requesterField } from './access/requesterField'
import { updateWitnessStatements } from './access/updateWitnessStatements'
import { auditStatementChange } from './hooks/auditStatementChange'
import { guardStatementStatus } from './hooks/guardStatementStatus'
import { storeSignedStatement } from './hooks/storeSignedStatement'
import { takeStatementParties } from './hooks/takeStatementParties'
import { statementLimits } from './rules/statementLimits'
import { statementStatuses } from './statementStatuses'

const setBySystem = { create: nobodyField, update: nobodyField }

/**
 * A witness statement (MG11) the reporter of a report makes: police or staff draft it from the report, the
 * reporter corrects and signs it on their phone, and the signed PDF joins the evidence pack
 * (docs/witness-statements.md). Reporter, witness name and requester come from the report and the session
 * (hooks), never from the client. It goes when its report is anonymised or deleted.
 */
export const WitnessStatements: CollectionConfig = {
  slug: 'witness-statements',
  labels: { singular: 'Witness statement', plural: 'Witness statements' },
  admin: {
    useAsTitle: 'witnessName',
    defaultColumns: ['witnessName', 'incident', 'status', 'signedAt', 'updatedAt'],
    group: 'Scheme',
  },
  access: {
    read: readWitnessStatements,
    create: createWitnessStatements,
    update: updateWitnessStatements,
    delete: deleteWitnessStatements,
  },
  hooks: {
    beforeChange: [takeStatementParties, guardStatementStatus],
    afterChange: [storeSignedStatement, auditStatementChange],
    afterDelete: [auditDelete],
  },
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'incident',
      type: 'relationship',
      relationTo: 'incidents',
      required: true,
      index: true,
      access: { update: nobodyField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [...statementStatuses],
      admin: { position: 'sidebar', description: 'Only the reporter signs, from the members’ area.' },
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'The report’s reporter: the witness.' },
      access: setBySystem,
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: ['users', 'members'],
      admin: { position: 'sidebar', readOnly: true },
      access: setBySystem,
    },
    {
      name: 'requestNote',
      type: 'textarea',
      maxLength: statementLimits.requestNote,
      admin: { description: 'What police want the statement to cover. The reporter sees this.' },
      access: { create: requesterField, update: requesterField },
    },
    {
      name: 'witnessName',
      type: 'text',
      maxLength: statementLimits.witnessName,
      admin: { readOnly: true, description: 'From the reporter’s account.' },
      access: setBySystem,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'occupation',
          type: 'text',
          maxLength: statementLimits.occupation,
          access: { update: reporterOrRequesterField },
        },
        {
          name: 'over18',
          label: 'Over 18',
          type: 'checkbox',
          defaultValue: true,
          access: { update: reporterOrRequesterField },
        },
      ],
    },
    {
      name: 'body',
      label: 'Statement',
      type: 'textarea',
      required: true,
      maxLength: statementLimits.body,
      admin: { rows: 16, description: 'In the witness’s own words, first person.' },
      access: { update: reporterOrRequesterField },
    },
    {
      name: 'declarationAccepted',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true, description: 'The witness accepted the MG11 declaration when signing.' },
      access: { create: nobodyField, update: reporterField },
    },
    {
      name: 'signedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: setBySystem,
    },
    {
      name: 'signedDocument',
      type: 'relationship',
      relationTo: 'signed-documents',
      admin: { position: 'sidebar', readOnly: true },
      access: setBySystem,
    },
  ],
  timestamps: true,
}
