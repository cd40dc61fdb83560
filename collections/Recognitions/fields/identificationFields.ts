import type { Field } from 'payload'
import { relationship, select } from 'payload/shared'
import { nobodyField } from '@/access/common'
import { profileImages } from '../access/profileImages'
import { needsDistance } from '../rules/needsDistance'
import { needsViewedImage } from '../rules/needsViewedImage'
import { requiredFromMembers } from '../rules/requiredFromMembers'
import {
  distanceChoices,
  howOftenChoices,
  howWellChoices,
  knownForChoices,
  lastSeenChoices,
  lightingChoices,
  obstructionChoices,
  viewingTimeChoices,
} from '../rules/turnbullChoices'

const answer = (
  name: string,
  label: string,
  options: readonly { label: string; value: string }[],
): Field => ({
  name,
  label,
  type: 'select',
  options: [...options],
  validate: requiredFromMembers(select, `Answer "${label}".`),
})

/**
 * What a court weighs in a recognition (R v Turnbull; R v Smith for recognition from an image): the image
 * viewed, how well and how long the witness knew the person, and how good the viewing was. A collapsible,
 * not a group, so the columns stay flat and the admin shows them under one heading.
 */
export const identificationFields: Field = {
  type: 'collapsible',
  label: 'Identification (Turnbull)',
  fields: [
    {
      name: 'viewedImage',
      label: 'Image viewed',
      type: 'relationship',
      relationTo: 'evidence',
      index: true,
      filterOptions: profileImages,
      validate: requiredFromMembers(
        relationship,
        'Choose the image you recognised them from.',
        needsViewedImage,
      ),
      admin: { description: 'From CCTV or a photo: the exact image the witness looked at.' },
    },
    {
      name: 'viewedImageSha256',
      label: 'Viewed image SHA-256',
      type: 'text',
      maxLength: 64,
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        description: 'Fingerprint of the original file viewed, kept even if the image is later deleted.',
      },
    },
    {
      type: 'row',
      fields: [
        answer('knownFor', 'Known them for', knownForChoices),
        answer('howWell', 'How well they know them', howWellChoices),
      ],
    },
    {
      type: 'row',
      fields: [
        answer('howOften', 'How often seen before', howOftenChoices),
        answer('lastSeenBefore', 'Last seen before this', lastSeenChoices),
      ],
    },
    {
      type: 'row',
      fields: [
        answer('viewingTime', 'How long they looked', viewingTimeChoices),
        {
          name: 'distance',
          label: 'Distance (in person)',
          type: 'select',
          options: [...distanceChoices],
          validate: requiredFromMembers(select, 'Say how far away they were.', needsDistance),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        answer('lighting', 'Lighting', lightingChoices),
        answer('obstructions', 'Anything in the way', obstructionChoices),
      ],
    },
    { name: 'viewingNote', label: 'About the viewing', type: 'textarea', maxLength: 500 },
  ],
}
