import type { TextFieldSingleValidation } from 'payload'
import { isReferencePrefix } from '@/lib/brand/isReferencePrefix'

/** Report references read `<prefix>-000123`: the prefix is 1 to 6 capital letters or digits. */
export const validateReferencePrefix: TextFieldSingleValidation = (value) =>
  isReferencePrefix(value) || 'Use 1 to 6 capital letters or digits, for example NT or QS.'
