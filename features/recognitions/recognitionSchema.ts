import { z } from 'zod'
import { needsDistance } from '@/collections/Recognitions/rules/needsDistance'
import { needsViewedImage } from '@/collections/Recognitions/rules/needsViewedImage'
import {
  distanceChoices,
  howOftenChoices,
  howWellChoices,
  knownForChoices,
  lastSeenChoices,
  lightingChoices,
  obstructionChoices,
  recognitionSources,
  valuesOf,
  viewingTimeChoices,
} from '@/collections/Recognitions/rules/turnbullChoices'
import { londonLocalToUtc } from '@/lib/time/londonTime'

const answer = <T extends readonly { value: string }[]>(choices: T, message: string) =>
  z.enum(valuesOf(choices), { message })

const optionalId = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.coerce.number().int().positive().optional(),
)

/**
 * A member's recognition as the form sends it: the answers a court needs (collections/Recognitions/rules),
 * the image for a recognition from CCTV or a photo, the distance for one in person.
 */
export const recognitionSchema = z
  .object({
    offender: z.coerce.number().int().positive(),
    seenAt: z
      .string({ message: 'Enter when you saw them.' })
      .transform((value, context) => {
        const date = londonLocalToUtc(value)
        if (!date) {
          context.addIssue({ code: 'custom', message: 'Enter when you saw them.' })
          return z.NEVER
        }
        return date
      })
      .refine((date) => date.getTime() <= Date.now() + 5 * 60_000, 'That time is in the future.'),
    source: answer(recognitionSources, 'Say how you recognised them.'),
    confidence: z.enum(['possible', 'likely', 'certain'], { message: 'Say how sure you are.' }),
    viewedImage: optionalId,
    knownFor: answer(knownForChoices, 'Say how long you have known them.'),
    howWell: answer(howWellChoices, 'Say how well you know them.'),
    howOften: answer(howOftenChoices, 'Say how often you have seen them.'),
    lastSeenBefore: answer(lastSeenChoices, 'Say when you last saw them before this.'),
    viewingTime: answer(viewingTimeChoices, 'Say how long you looked at them.'),
    distance: answer(distanceChoices, 'Say how far away they were.').optional(),
    lighting: answer(lightingChoices, 'Say what the light was like.'),
    obstructions: answer(obstructionChoices, 'Say whether anything was in the way.'),
    viewingNote: z
      .string()
      .trim()
      .max(500, 'The note about the viewing is at most 500 characters.')
      .optional(),
    note: z.string().trim().max(500, 'The note is at most 500 characters.').optional(),
  })
  .superRefine((value, context) => {
    if (needsViewedImage(value.source) && value.viewedImage === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['viewedImage'],
        message: 'Choose the image you recognised them from.',
      })
    }
    if (needsDistance(value.source) && value.distance === undefined) {
      context.addIssue({ code: 'custom', path: ['distance'], message: 'Say how far away they were.' })
    }
  })
  // The image belongs to a recognition from CCTV or a photo, the distance to one in person: never both.
  .transform((value) => ({
    ...value,
    viewedImage: needsViewedImage(value.source) ? value.viewedImage : undefined,
    distance: needsDistance(value.source) ? value.distance : undefined,
  }))

export type RecognitionInput = z.infer<typeof recognitionSchema>
