import { z } from 'zod'
import { statementLimits } from '@/collections/WitnessStatements/rules/statementLimits'

/** A request for a statement: which report, and optionally what police want it to cover. */
export const requestStatementSchema = z.object({
  incidentId: z.coerce.number({ message: 'Choose a report.' }).int().positive('Choose a report.'),
  note: z
    .string()
    .trim()
    .max(statementLimits.requestNote, `The note is at most ${statementLimits.requestNote} characters.`),
})
