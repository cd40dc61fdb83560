import type { CollectionBeforeDeleteHook } from 'payload'
import { deleteSignedDocuments, removeStatementsOfIncident } from '../removeStatementsOfIncident'

/** On the incidents collection: a deleted report takes its witness statements and their PDFs with it. */
export const removeStatementsWithIncident: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const removed = await removeStatementsOfIncident(req, Number(id))
  await deleteSignedDocuments(req, removed.signedDocuments)
}
