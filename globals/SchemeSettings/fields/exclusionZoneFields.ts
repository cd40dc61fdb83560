import type { Field } from 'payload'

/**
 * What an exclusion notice tells the person (features/exclusionNotices/renderNoticePdf.ts): the area, what
 * they must not do, how to appeal and how the scheme uses their data. Each scheme words these itself; the
 * defaults describe a fictional town so a new install prints a complete, if generic, notice.
 */
export const exclusionZoneFields: Field[] = [
  {
    name: 'zoneDescription',
    label: 'Exclusion area',
    type: 'textarea',
    maxLength: 2000,
    defaultValue:
      'The premises of every member business of the scheme within the area bounded by Station Road, Mill Lane, ' +
      'the river footpath and Church Street, including their car parks and entrances.',
    admin: {
      description:
        'The area as described on every notice, e.g. the streets bounding it. Each notice keeps the wording it was made with.',
    },
  },
  {
    name: 'zoneMap',
    label: 'Map of the area',
    type: 'upload',
    relationTo: 'media',
    admin: { description: 'Optional: a map image printed on the notice under the description.' },
  },
  {
    name: 'noticeTerms',
    label: 'Terms of the notice',
    type: 'textarea',
    maxLength: 3000,
    defaultValue:
      'While this notice runs you must not enter the premises of any member business in the area above. ' +
      'If you do, staff will ask you to leave, the visit will be recorded as a breach, and the police may be called. ' +
      'A breach may lengthen the notice or lead to a further one.',
    admin: { description: 'What the person must not do while the notice runs.' },
  },
  {
    name: 'appealHowTo',
    label: 'How to appeal',
    type: 'textarea',
    maxLength: 2000,
    defaultValue:
      'You may appeal from the appeal date shown on this notice. Write to the scheme manager at the contact ' +
      'address below, giving your name, the date of this notice and why it should be lifted. You will receive ' +
      'a written answer within 28 days.',
    admin: { description: 'How and where the person can appeal, printed on every notice.' },
  },
  {
    name: 'dataProtectionNotice',
    label: 'Data protection notice',
    type: 'textarea',
    maxLength: 4000,
    defaultValue:
      'The scheme holds your name, photograph and the reports that led to this notice to prevent and detect ' +
      'crime in its member businesses (UK GDPR Article 6(1)(f) and the Data Protection Act 2018, Schedule 1). ' +
      'They are shared only with member businesses and the police. This notice is kept until its retention ' +
      'date and then deleted. You may ask for a copy of what the scheme holds about you, or ask for it to be ' +
      'corrected, by writing to the scheme manager; you may also complain to the Information Commissioner’s Office.',
    admin: { description: 'The privacy notice for the person receiving the notice.' },
  },
]
