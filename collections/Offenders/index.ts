import type { CollectionConfig } from 'payload'
import { isSchemeManager } from '@/access/staff'
import { auditChange, auditDelete } from '@/lib/audit/auditChange'
import { auditMemberListReadResult } from '@/lib/audit/auditMemberListReadResult'
import { auditRecordOpened } from '@/lib/audit/auditRecordOpened'
import { boundMemberListRead } from '@/lib/audit/boundMemberListRead'
import { createOffenders } from './access/createOffenders'
import { readOffenders } from './access/readOffenders'
import { updateOffenders } from './access/updateOffenders'
import { descriptionFields } from './fields/descriptionFields'
import { exclusionField, exclusionNoticesField } from './fields/exclusionField'
import { identityFields } from './fields/identityFields'
import { linkedReportsField, recognitionsField } from './fields/linkedRecordFields'
import { retentionFields } from './fields/retentionFields'
import { reviewFields } from './fields/reviewFields'
import { stampFields } from './fields/stampFields'
import { auditRetentionHold } from './hooks/auditRetentionHold'
import { deriveDisplayName } from './hooks/deriveDisplayName'
import { deriveSearchText } from './hooks/deriveSearchText'
import { flagPossibleDuplicates } from './hooks/flagPossibleDuplicates'
import { linkPhotosToProfile } from './hooks/linkPhotosToProfile'
import { requireRejectionReason } from './hooks/requireRejectionReason'
import { stampProposalAndApproval } from './hooks/stampProposalAndApproval'
import { stampRetentionHold } from './hooks/stampRetentionHold'

/**
 * A profile of a person who offends in the town centre, or an unidentified person staff want to identify.
 * Members propose; only scheme staff approve, and only approved profiles reach members, police and the ASB
 * unit. A safeguarding flag keeps a vulnerable person out of the gallery. Fields are grouped by job in
 * `fields/`, in the order the admin shows them.
 */
export const Offenders: CollectionConfig = {
  slug: 'offenders',
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'gallery', 'status', 'lastIncidentAt'],
    group: 'Scheme',
  },
  access: {
    create: createOffenders,
    read: readOffenders,
    update: updateOffenders,
    delete: isSchemeManager,
  },
  hooks: {
    beforeChange: [
      stampProposalAndApproval,
      requireRejectionReason,
      deriveDisplayName,
      deriveSearchText,
      flagPossibleDuplicates,
      stampRetentionHold,
    ],
    afterChange: [linkPhotosToProfile, auditChange, auditRetentionHold],
    afterDelete: [auditDelete],
    beforeOperation: [boundMemberListRead],
    afterOperation: [auditRecordOpened, auditMemberListReadResult],
  },
  defaultSort: '-lastIncidentAt',
  fields: [
    ...identityFields,
    ...descriptionFields,
    linkedReportsField,
    exclusionField,
    exclusionNoticesField,
    recognitionsField,
    ...reviewFields,
    ...retentionFields,
    ...stampFields,
  ],
  timestamps: true,
}
