import type { FieldAccess } from 'payload'
import { mayRequestStatements } from './mayRequestStatements'

/** Police and scheme staff only: what they ask the reporter to cover. */
export const requesterField: FieldAccess = ({ req }) => mayRequestStatements(req)
