import { refuseMalformedRequest } from './refuseMalformedRequest'

type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Payload's REST handler behind `refuseMalformedRequest`. */
export const guardRestHandler =
  (handler: RestHandler): RestHandler =>
  async (request, context) =>
    (await refuseMalformedRequest(request)) ?? handler(request, context)
