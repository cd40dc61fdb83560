import { z } from 'zod'
import { messageLimits } from '@/collections/ReportMessages/rules/messageLimits'
import { londonLocalToUtc } from '@/lib/time/londonTime'

const optionalLondonTime = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null
      const date = londonLocalToUtc(value)
      if (!date) {
        context.addIssue({ code: 'custom', message: `Enter ${label} as a date and time.` })
        return z.NEVER
      }
      return date
    })

/** A question or CCTV request from police or scheme staff: which report, what they ask, and for CCTV when. */
export const askSchema = z
  .object({
    incidentId: z.coerce.number({ message: 'Choose a report.' }).int().positive('Choose a report.'),
    kind: z.enum(['question', 'cctv-request'], { message: 'Choose a question or a CCTV request.' }),
    body: z
      .string({ message: 'Write what you want to ask.' })
      .trim()
      .min(1, 'Write what you want to ask.')
      .max(messageLimits.body, `A message is at most ${messageLimits.body} characters.`),
    cctvFrom: optionalLondonTime('the start of the CCTV wanted'),
    cctvTo: optionalLondonTime('the end of the CCTV wanted'),
    cctvPlace: z
      .string()
      .trim()
      .max(messageLimits.cctvPlace, `The camera or area is at most ${messageLimits.cctvPlace} characters.`)
      .optional()
      .transform((value) => value || null),
  })
  .refine((ask) => !ask.cctvFrom || !ask.cctvTo || ask.cctvFrom <= ask.cctvTo, {
    message: 'The CCTV wanted must end after it starts.',
    path: ['cctvTo'],
  })

export type AskInput = z.input<typeof askSchema>
