import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { guardRestHandler } from '@/lib/rest/guardRestHandler'

// Member tokens and members' auth operations are refused at the door, malformed requests before Payload
// reads them (lib/rest/refuseMemberTokens.ts, lib/rest/refuseMalformedRequest.ts).
export const GET = guardRestHandler(REST_GET(config), config)
export const POST = guardRestHandler(REST_POST(config), config)
export const DELETE = guardRestHandler(REST_DELETE(config), config)
export const PATCH = guardRestHandler(REST_PATCH(config), config)
export const PUT = guardRestHandler(REST_PUT(config), config)
export const OPTIONS = REST_OPTIONS(config)
