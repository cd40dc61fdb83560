import { maxUploadBytes } from '@/lib/uploads/imageRules'

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
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null
  const type = request.headers.get('content-type') ?? ''
  const length = Number(request.headers.get('content-length') ?? 0)
  const limit = type.startsWith('multipart/form-data') ? maxMultipartBytes : maxJsonBytes
  if (length > limit) {
    return refuse(413, `The request is too large: the limit is ${Math.round(limit / 1024 / 1024)} MB.`)
  }
  if (type.startsWith('application/json') && length > 0) {
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
