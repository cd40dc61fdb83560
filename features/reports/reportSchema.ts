import { z } from 'zod'
import { incidentTypes } from '@/collections/Incidents/incidentTypes'
import { londonLocalToUtc } from '@/lib/time/londonTime'
import { allowedImageMimeTypes, maxUploadBytes } from '@/lib/uploads/imageRules'

const typeValues = incidentTypes.map((type) => type.value) as [string, ...string[]]
const money = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : Number(value)),
  z
    .number({ message: 'Enter an amount in pounds, e.g. 24.99.' })
    .min(0, 'An amount cannot be negative.')
    .max(1_000_000, 'That amount is too large.')
    .optional(),
)
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean())
const optionalText = (max: number, label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined),
    z.string().max(max, `${label} is too long (at most ${max} characters).`).optional(),
  )

export const maxPhotos = 8

/**
 * What a member may send with a report. Reporter, business and status are not here: they come from the
 * session. Messages are written for the person behind the till.
 */
export const reportSchema = z
  .object({
    type: z.enum(typeValues, { message: 'Choose what happened.' }),
    occurredAt: z
      .string({ message: 'When did it happen?' })
      .transform((value, context) => {
        const date = londonLocalToUtc(value)
        if (!date) {
          context.addIssue({ code: 'custom', message: 'Enter the date and time it happened.' })
          return z.NEVER
        }
        return date
      })
      .refine((date) => date.getTime() <= Date.now() + 5 * 60_000, 'That time is in the future.')
      .refine((date) => date.getUTCFullYear() >= 2000, 'That date is too long ago.'),
    description: z
      .string({ message: 'Say what happened.' })
      .trim()
      .min(3, 'Say what happened, in a few words at least.')
      .max(5000, 'The description is too long (at most 5,000 characters).'),
    spot: optionalText(120, 'Where in the shop'),
    valueLost: money,
    valueRecovered: money,
    policeCalled: checkbox,
    crimeReference: optionalText(40, 'The crime reference'),
    offenderIds: z.array(z.coerce.number().int().positive()).max(10, 'Link at most 10 people.').default([]),
    unknownDescription: optionalText(2000, 'The description of the person'),
    proposeIdSought: checkbox,
    photos: z
      .array(
        z
          .instanceof(File)
          .refine((file) => file.size > 0, 'A photo was empty.')
          .refine((file) => file.size <= maxUploadBytes, 'Each photo must be 10 MB or smaller.')
          .refine((file) => allowedImageMimeTypes.includes(file.type), 'Photos must be JPEG, PNG or WebP.'),
      )
      .max(maxPhotos, `Attach at most ${maxPhotos} photos.`)
      .default([]),
    // The form's id for this submission (a new one after each report sent): a retry with the same id finds
    // the report already filed instead of making a second. Older clients that send none still file.
    idempotencyKey: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.uuid({ message: 'This form is out of date: reload the page and send again.' }).optional(),
    ),
  })
  .superRefine((report, context) => {
    if (report.type === 'welfare-concern' && report.offenderIds.length) {
      context.addIssue({
        code: 'custom',
        path: ['offenderIds'],
        message:
          'A welfare concern is about someone’s wellbeing: it cannot be linked to the offender gallery.',
      })
    }
    if (report.type === 'welfare-concern' && report.proposeIdSought) {
      context.addIssue({
        code: 'custom',
        path: ['proposeIdSought'],
        message: 'A welfare concern is never added to the gallery.',
      })
    }
    if (
      report.valueLost !== undefined &&
      report.valueRecovered !== undefined &&
      report.valueRecovered > report.valueLost
    ) {
      context.addIssue({
        code: 'custom',
        path: ['valueRecovered'],
        message: 'Value recovered cannot be more than value lost.',
      })
    }
    if (report.proposeIdSought && !report.unknownDescription && report.photos.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['unknownDescription'],
        message: 'To ask staff to identify someone, describe them or attach a photo.',
      })
    }
  })

export type ReportInput = z.input<typeof reportSchema>
export type ValidReport = z.output<typeof reportSchema>

/** Reads the form's fields into the shape the schema checks. */
export const reportFromForm = (form: FormData) => ({
  type: form.get('type') ?? undefined,
  occurredAt: form.get('occurredAt') ?? undefined,
  description: form.get('description') ?? undefined,
  spot: form.get('spot'),
  valueLost: form.get('valueLost'),
  valueRecovered: form.get('valueRecovered'),
  policeCalled: form.get('policeCalled'),
  crimeReference: form.get('crimeReference'),
  offenderIds: form.getAll('offenderIds'),
  unknownDescription: form.get('unknownDescription'),
  proposeIdSought: form.get('proposeIdSought'),
  photos: form.getAll('photos').filter((entry) => entry instanceof File && entry.size > 0),
  idempotencyKey: form.get('idempotencyKey'),
})
