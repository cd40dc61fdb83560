import type { Access } from 'payload'
import { mayReport } from './mayReport'

/** Reports are filed by whoever mayReport admits (business staff; scheme staff for reports phoned in). */
export const createIncidents: Access = ({ req }) => mayReport(req)
