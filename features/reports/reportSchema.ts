import { z } from 'zod'
import {
  type IncidentDateProblem,
  incidentTimeProblem,
} from '@/collections/Incidents/rules/incidentDateLimits'
import { incidentTextLimits } from '@/collections/Incidents/rules/incidentTextLimits'
import {
  incidentValueLimits,
  isRecoveredAboveLost,
  recoveredAboveLostMessage,
} from '@/collections/Incidents/rules/incidentValueLimits'
import { maxIncidentPhotos } from '@/collections/Incidents/rules/maxIncidentPhotos'
import { londonLocalToUtc } from '@/lib/time/londonTime'
import { allowedImageMimeTypes, maxUploadBytes } from '@/lib/uploads/imageRules'
import type { ReportTypeOption } from '../vocabulary/vocabularyOption'

const money = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? undefined : Number(value)),
  z
    .number({ message: 'Enter an amount in pounds, e.g. 24.99.' })
    .min(incidentValueLimits.min, 'An amount cannot be negative.')
    .max(incidentValueLimits.max, 'That amount is too large.')
    .optional(),
)
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean())
const optionalText = (max: number, label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined),
    z.string().max(max, `${label} is too long (at most ${max} characters).`).optional(),
  )
const occurredAtMessages: Record<IncidentDateProblem, string> = {
  future: 'That time is in the future.',
  'too-long-ago': 'That date is too long ago.',
}

/**
 * What a member may send with a report, given the types the scheme offers now (features/vocabulary/
 * reportTypeOptions: not retired, read as the member). Reporter, business and status are not here: they
 * come from the session. Messages are written for the person behind the till.
 */
export const reportSchemaFor = (types: readonly ReportTypeOption[]) => {
  const typeByKey = new Map(types.map((type) => [type.value, type]))
  const isWelfare = (key: string) => typeByKey.get(key)?.welfare === true
  return (
    z
      .object({
        type: z
          .string({ message: 'Choose what happened.' })
          .refine((key) => typeByKey.has(key), 'Choose what happened.'),
        occurredAt: z.string({ message: 'When did it happen?' }).transform((value, context) => {
          const date = londonLocalToUtc(value)
          if (!date) {
            context.addIssue({ code: 'custom', message: 'Enter the date and time it happened.' })
            return z.NEVER
          }
          const problem = incidentTimeProblem(date)
          if (problem) context.addIssue({ code: 'custom', message: occurredAtMessages[problem] })
          return date
        }),
        description: z
          .string({ message: 'Say what happened.' })
          .trim()
          .min(3, 'Say what happened, in a few words at least.')
          .max(
            incidentTextLimits.description,
            `The description is too long (at most ${incidentTextLimits.description.toLocaleString('en-GB')} characters).`,
          ),
        spot: optionalText(incidentTextLimits.spot, 'Where in the shop'),
        valueLost: money,
        valueRecovered: money,
        policeCalled: checkbox,
        crimeReference: optionalText(incidentTextLimits.crimeReference, 'The crime reference'),
        offenderIds: z
          .array(z.coerce.number().int().positive())
          .max(10, 'Link at most 10 people.')
          .default([]),
        unknownDescription: optionalText(
          incidentTextLimits.unknownPersonDescription,
          'The description of the person',
        ),
        proposeIdSought: checkbox,
        photos: z
          .array(
            z
              .instanceof(File)
              .refine((file) => file.size > 0, 'A photo was empty.')
              .refine((file) => file.size <= maxUploadBytes, 'Each photo must be 10 MB or smaller.')
              .refine(
                (file) => allowedImageMimeTypes.includes(file.type),
                'Photos must be JPEG, PNG or WebP.',
              ),
          )
          .max(maxIncidentPhotos, `Attach at most ${maxIncidentPhotos} photos.`)
          .default([]),
        // The form's id for this submission (a new one after each report sent): a retry with the same id finds
        // the report already filed instead of making a second. Older clients that send none still file.
        idempotencyKey: z.preprocess(
          (value) => (value === '' || value === null ? undefined : value),
          z.uuid({ message: 'This form is out of date: reload the page and send again.' }).optional(),
        ),
      })
      .superRefine((report, context) => {
        if (isWelfare(report.type) && report.offenderIds.length) {
          context.addIssue({
            code: 'custom',
            path: ['offenderIds'],
            message:
              'A welfare concern is about someone’s wellbeing: it cannot be linked to the offender gallery.',
          })
        }
        if (isWelfare(report.type) && report.proposeIdSought) {
          context.addIssue({
            code: 'custom',
            path: ['proposeIdSought'],
            message: 'A welfare concern is never added to the gallery.',
          })
        }
        if (isRecoveredAboveLost(report.valueLost, report.valueRecovered)) {
          context.addIssue({ code: 'custom', path: ['valueRecovered'], message: recoveredAboveLostMessage })
        }
        if (report.proposeIdSought && !report.unknownDescription && report.photos.length === 0) {
          context.addIssue({
            code: 'custom',
            path: ['unknownDescription'],
            message: 'To ask staff to identify someone, describe them or attach a photo.',
          })
        }
      })
      // A type that does not ask for value (graffiti, a welfare concern) keeps none, even from an old draft.
      .transform((report) =>
        typeByKey.get(report.type)?.asksValue === false
          ? { ...report, valueLost: undefined, valueRecovered: undefined }
          : report,
      )
  )
}

export type ValidReport = z.output<ReturnType<typeof reportSchemaFor>>

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
