import { z } from 'zod'
import { businessCategories } from '@/collections/Businesses/businessCategories'
import { singleLine } from './singleLine'

const categoryValues = businessCategories.map((category) => category.value) as [string, ...string[]]

const text = (max: number, missing: string, tooLong: string, min = 2) =>
  z.preprocess(singleLine, z.string().min(min, missing).max(max, tooLong))

// UK postcodes, e.g. "NN1 2AB", "W1A 1AA": outward code, then digit and two letters.
const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/

/**
 * What the public join form may send. Membership status, agreement and officer are not here: an
 * application is always an applicant, and the terms are agreed with the checkbox. Messages are written for
 * a shop owner on a phone.
 */
export const joinSchema = z.object({
  businessName: text(
    160,
    'Enter the name of your business.',
    'The business name is too long (at most 160 characters).',
  ),
  addressLine1: text(
    160,
    'Enter the first line of the business’s address.',
    'The first address line is too long (at most 160 characters).',
    3,
  ),
  addressLine2: z.preprocess(
    singleLine,
    z.string().max(160, 'The second address line is too long (at most 160 characters).'),
  ),
  postcode: z.preprocess(
    (value) => singleLine(value).toUpperCase().replace(/\s/g, ''),
    z
      .string()
      .min(1, 'Enter the business’s postcode.')
      .regex(postcodePattern, 'Enter a full UK postcode, like NN1 2AB.')
      .transform((compact) => `${compact.slice(0, -3)} ${compact.slice(-3)}`),
  ),
  category: z.enum(categoryValues, { message: 'Choose the kind of business.' }),
  contactName: text(120, 'Enter your name.', 'Your name is too long (at most 120 characters).'),
  contactEmail: z.preprocess(
    (value) => singleLine(value).toLowerCase(),
    z
      .string()
      .min(1, 'Enter your email address: we send the confirmation there.')
      .max(254, 'That email address is too long.')
      .email('Enter an email address like name@example.co.uk.'),
  ),
  contactPhone: z.preprocess(
    singleLine,
    z
      .string()
      .min(1, 'Enter a phone number the scheme team can call.')
      .max(40, 'That phone number is too long.')
      .refine(
        (phone) => /^\+?[\d\s()-]+$/.test(phone) && /^\d{10,15}$/.test(phone.replace(/\D/g, '')),
        'Enter a phone number like 01604 123456 or +44 1604 123456.',
      ),
  ),
  agreeToTerms: z.preprocess(
    (value) => value === true || value === 'on' || value === 'true',
    z.boolean().refine((agreed) => agreed, 'Tick the box to agree to the information-sharing terms.'),
  ),
})

export type JoinApplication = z.output<typeof joinSchema>
export type JoinField = keyof JoinApplication
