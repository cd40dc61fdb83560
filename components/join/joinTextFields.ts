import type { InputHTMLAttributes } from 'react'
import { inputClass } from '@/components/shared/inputClasses'
import type { joinFields } from './blankApplication'

export type JoinTextField = Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> & {
  key: Exclude<(typeof joinFields)[number], 'category'>
  label: string
  hint?: string
  required?: boolean
}

/** The business's name and address boxes, in the order the form shows them. */
export const businessTextFields: readonly JoinTextField[] = [
  {
    key: 'businessName',
    label: 'Business name',
    autoComplete: 'organization',
    maxLength: 160,
    required: true,
  },
  {
    key: 'addressLine1',
    label: 'Address line 1',
    autoComplete: 'address-line1',
    maxLength: 160,
    required: true,
  },
  { key: 'addressLine2', label: 'Address line 2 (optional)', autoComplete: 'address-line2', maxLength: 160 },
  {
    key: 'postcode',
    label: 'Postcode',
    autoComplete: 'postal-code',
    autoCapitalize: 'characters',
    maxLength: 10,
    required: true,
    className: `${inputClass} max-w-40`,
  },
]

/** The contact's boxes, in the order the form shows them. */
export const contactTextFields: readonly JoinTextField[] = [
  { key: 'contactName', label: 'Your name', autoComplete: 'name', maxLength: 120, required: true },
  {
    key: 'contactEmail',
    label: 'Email',
    hint: 'We send the confirmation here. When you are approved, your members’ area login goes here too.',
    type: 'email',
    autoComplete: 'email',
    inputMode: 'email',
    maxLength: 254,
    required: true,
  },
  {
    key: 'contactPhone',
    label: 'Phone',
    type: 'tel',
    autoComplete: 'tel',
    inputMode: 'tel',
    maxLength: 40,
    required: true,
  },
]
