import { maxUploadBytes } from '@/lib/uploads/imageRules'
import { refuseLargeBody } from './refuseLargeBody'

/** JSON bodies are small (the largest text field is 5,000 characters); uploads are one image and its fields. */
const maxJsonBytes = 1024 * 1024
const maxMultipartBytes = maxUploadBytes + 1024 * 1024

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Checks a REST request's shape before Payload parses it, for inputs Payload would otherwise answer with a
 * 500 (a `where` that is a string, a JSON body that is not an object) or read in full before refusing (a
 * 50 MB body). Returns the refusal, or null when the request may go on.
 */
export const refuseMalformedRequest = async (request: Request): Promise<Response | null> => {
  const url = new URL(request.url)
  for (const name of ['where', 'select', 'sort', 'depth', 'limit', 'page']) {
    const values = url.searchParams.getAll(name)
    if (name === 'where' || name === 'select') {
      if (values.length) return refuse(400, `"${name}" must be given field by field, e.g. ${name}[field]…`)
    } else if (values.length > 1) {
      return refuse(400, `Give "${name}" once.`)
    }
  }
  // Payload turns a negative page or a huge limit into a failed SQL query (500).
  const numbers = { limit: [0, 1000], page: [1, 100_000], depth: [0, 10] } as const
  for (const [name, [min, max]] of Object.entries(numbers)) {
    const value = url.searchParams.get(name)
    if (value === null) continue
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      return refuse(400, `"${name}" must be a whole number from ${min} to ${max}.`)
    }
  }
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null
  const type = request.headers.get('content-type') ?? ''
  const tooLarge = refuseLargeBody(
    request,
    type.startsWith('multipart/form-data') ? maxMultipartBytes : maxJsonBytes,
  )
  if (tooLarge) return tooLarge
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
