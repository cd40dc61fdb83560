import type { SanitizedConfig } from 'payload'
import { maxUploadBytes } from '@/lib/uploads/imageRules'
import { apiSegmentsOf } from './apiSegmentsOf'
import { refuseHiddenQueryCharacters } from './refuseHiddenQueryCharacters'
import { refuseLargeBody } from './refuseLargeBody'
import { refuseMalformedId } from './refuseMalformedId'
import { refuseUnknownOptions } from './refuseUnknownOptions'
import { restCallOf } from './restCallOf'
import { restRefusal as refuse } from './restRefusal'

/** JSON bodies are small (the largest text field is 5,000 characters); uploads are one image and its fields. */
const maxJsonBytes = 1024 * 1024
const maxMultipartBytes = maxUploadBytes + 1024 * 1024

/**
 * Checks a REST request's shape before Payload parses it, for inputs Payload would otherwise answer with a
 * 500 (a `where` that is a string, an id that is not a number, a value outside a select's options, a NUL,
 * a JSON body that is not an object), act on wrongly (record 1 for the id "1'") or read in full before
 * refusing (a 50 MB body). Returns the refusal, or null when the request may go on.
 */
export const refuseMalformedRequest = async (
  request: Request,
  config: SanitizedConfig,
): Promise<Response | null> => {
  const type = request.headers.get('content-type') ?? ''
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
    const tooLarge = refuseLargeBody(
      request,
      type.startsWith('multipart/form-data') ? maxMultipartBytes : maxJsonBytes,
    )
    if (tooLarge) return tooLarge
  }
  const { method, url, query } = await restCallOf(request)
  const segments = apiSegmentsOf(url)
  if (!segments) return refuse(400, 'The address is not valid: it holds a malformed % escape.')
  const hidden = refuseHiddenQueryCharacters(query)
  if (hidden) return hidden
  for (const name of ['where', 'select', 'sort', 'depth', 'limit', 'page']) {
    const values = query.getAll(name)
    if (name === 'where' || name === 'select') {
      if (values.length) return refuse(400, `"${name}" must be given field by field, e.g. ${name}[field]…`)
    } else if (values.length > 1) {
      return refuse(400, `Give "${name}" once.`)
    }
  }
  // Payload turns a negative page or a huge limit into a failed SQL query (500).
  const numbers = { limit: [0, 1000], page: [1, 100_000], depth: [0, 10] } as const
  for (const [name, [min, max]] of Object.entries(numbers)) {
    const value = query.get(name)
    if (value === null) continue
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      return refuse(400, `"${name}" must be a whole number from ${min} to ${max}.`)
    }
  }
  const badId = refuseMalformedId(config, method, segments)
  if (badId) return badId
  const collection = config.collections.find((candidate) => candidate.slug === segments[0])
  if (collection && segments[1] !== 'versions') {
    const badOption = refuseUnknownOptions(collection, query)
    if (badOption) return badOption
  }
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null
  if (type.startsWith('application/json') && Number(request.headers.get('content-length') ?? 0) > 0) {
    let body: unknown
    try {
      body = await request.clone().json()
    } catch {
      return refuse(400, 'The request body is not valid JSON.')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return refuse(400, 'The request body must be a JSON object of fields.')
    }
  }
  return null
}
