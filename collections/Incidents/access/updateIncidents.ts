import type { Access } from 'payload'
import { mayAddPoliceDetails } from './mayAddPoliceDetails'

/** Scheme staff edit reports; police may open any report to add their details (field access limits them). */
export const updateIncidents: Access = ({ req }) => mayAddPoliceDetails(req)
