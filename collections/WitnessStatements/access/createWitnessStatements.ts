import type { Access } from 'payload'
import { mayRequestStatements } from './mayRequestStatements'

/**
 * Police and scheme staff draft statements; which report they may draft one for is checked by
 * hooks/takeStatementParties.ts, which looks the report up with the caller's own read access.
 */
export const createWitnessStatements: Access = ({ req }) => mayRequestStatements(req)
