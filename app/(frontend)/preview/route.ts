import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { staffFromHeaders } from '@/lib/auth/staffFromHeaders'
import { isSlug } from '@/lib/text/isSlug'

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain' } })

/**
 * Live preview of a campaign (Campaigns' `admin.livePreview` points here): turns on Next's draft mode for
 * a signed-in staff account only, then opens the campaign page, which reads the latest draft as that
 * account. Only a slug is accepted, never a path, so this cannot redirect anywhere else.
 */
export async function GET(request: NextRequest) {
  const slug = request.nextUrl.searchParams.get('slug') ?? ''
  if (!isSlug(slug)) return refuse(400, 'Unknown page.')
  const staff = await staffFromHeaders(request.headers)
  if (!staff) return refuse(401, 'Sign in to the admin to preview drafts.')
  const draft = await draftMode()
  draft.enable()
  redirect(`/campaigns/${slug}`)
}
