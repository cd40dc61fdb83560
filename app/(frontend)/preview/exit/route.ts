import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { isSlug } from '@/lib/text/isSlug'

/** Leaves draft mode and returns to the published campaign (or the home page). Anyone may leave. */
export async function GET(request: NextRequest) {
  const draft = await draftMode()
  draft.disable()
  const slug = request.nextUrl.searchParams.get('slug') ?? ''
  redirect(isSlug(slug) ? `/campaigns/${slug}` : '/')
}
