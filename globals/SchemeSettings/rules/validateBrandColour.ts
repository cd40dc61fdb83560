import type { TextFieldSingleValidation } from 'payload'
import { isHexColour } from '@/lib/brand/isHexColour'

/** The brand colour must be `#` and six hex digits; the pages work out readable text colours from it. */
export const validateBrandColour: TextFieldSingleValidation = (value) =>
  isHexColour(value) || 'Enter the colour as # and six hex digits, for example #0b3d5c.'
