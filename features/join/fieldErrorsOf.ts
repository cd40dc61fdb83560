import type { z } from 'zod'

/** The first message for each field of a failed zod parse, keyed by the field's name. */
export const fieldErrorsOf = (error: z.ZodError): Record<string, string> => {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    fieldErrors[key] ??= issue.message
  }
  return fieldErrors
}
