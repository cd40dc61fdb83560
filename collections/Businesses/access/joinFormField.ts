import type { FieldAccess } from 'payload'
import { isJoinFormCall } from './isJoinFormCall'

/** Fields only the join form's server code sets (the time the applicant agreed to the terms). */
export const joinFormField: FieldAccess = ({ req }) => isJoinFormCall(req)
