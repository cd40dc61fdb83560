import type { FieldAccess } from 'payload'
import { mayAddPoliceDetails } from './mayAddPoliceDetails'

/** Police fields and notes: written, and police notes read, by whoever may add police details. */
export const policeOrSchemeManagerField: FieldAccess = ({ req }) => mayAddPoliceDetails(req)
