import type { CollectionConfig, PayloadRequest } from 'payload'
import { fileResponseHeaders } from './fileResponseHeaders'

/** A JSON error in Payload's shape, with the same headers (no-store, CORS) as a file response would have. */
export const errorResponse = ({
  collection,
  message,
  req,
  status,
}: {
  collection: CollectionConfig
  message: string
  req: PayloadRequest
  status: number
}): Response => {
  const headers = fileResponseHeaders({ collection, contentType: 'application/json', req })
  headers.delete('Accept-Ranges')
  return new Response(JSON.stringify({ errors: [{ message }] }), { headers, status })
}
