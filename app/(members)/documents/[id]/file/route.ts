import { documentFileResponse } from '@/features/documents/documentFileResponse'
import { currentMember } from '@/lib/auth/currentMember'
import { privateHeaders } from '@/lib/security/privateHeaders'

/** The current version of a library document, for a member of its audience; recorded as read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await currentMember()
  if (!member) return new Response('Sign in to open this document.', { status: 401, headers: privateHeaders })
  const { id } = await params
  if (!/^\d+$/.test(id)) return new Response('Not found', { status: 404, headers: privateHeaders })
  return documentFileResponse(member, Number(id))
}
