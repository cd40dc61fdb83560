import { suggestionResponse } from '@/features/exclusionNotices/suggestionResponse'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The notice calculator's suggestion for a profile (`?offender=12&notice=3`), for the admin's notice form. */
export async function GET(request: Request) {
  return suggestionResponse(await getPayloadClient(), request)
}
