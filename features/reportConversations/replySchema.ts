import { z } from 'zod'
import { messageLimits } from '@/collections/ReportMessages/rules/messageLimits'
import { allowedImageMimeTypes, maxUploadBytes } from '@/lib/uploads/imageRules'

/** The reporter's answer: words, and optionally a few photos (the report form's own photo rules). */
export const replySchema = z.object({
  incidentId: z.coerce.number({ message: 'Choose a report.' }).int().positive('Choose a report.'),
  body: z
    .string({ message: 'Write your answer.' })
    .trim()
    .min(1, 'Write your answer.')
    .max(messageLimits.body, `An answer is at most ${messageLimits.body} characters.`),
  photos: z
    .array(
      z
        .instanceof(File)
        .refine((file) => file.size > 0, 'A photo was empty.')
        .refine((file) => file.size <= maxUploadBytes, 'Each photo must be 10 MB or smaller.')
        .refine((file) => allowedImageMimeTypes.includes(file.type), 'Photos must be JPEG, PNG or WebP.'),
    )
    .max(messageLimits.photos, `Attach at most ${messageLimits.photos} photos.`)
    .default([]),
})

export type ReplyInput = z.input<typeof replySchema>
