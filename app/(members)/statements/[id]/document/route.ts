import { readStatementDocument } from '@/features/witnessStatements/readStatementDocument'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'

/**
 * A signed witness statement (PDF) for the members' area: its witness and police. Access is the
 * statement's and the signed document's own read rules, checked as the signed-in member; never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await currentMember()
  if (!member) return new Response('Sign in to download this.', { status: 401, headers: privateHeaders })
  const { id } = await params
  if (!/^\d+$/.test(id)) return new Response('Not found', { status: 404, headers: privateHeaders })
  const payload = await getPayloadClient()
  try {
    const document = await readStatementDocument(payload, member, Number(id))
    if (!document) {
      await auditMemberRefusal(member, {
        summary: `Signed witness statement #${id} refused`,
        entityCollection: 'witness-statements',
        entityId: Number(id),
      })
      return new Response('Not found', { status: 404, headers: privateHeaders })
    }
    return new Response(new Uint8Array(document.bytes), {
      headers: {
        ...privateHeaders,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${document.filename}"`,
      },
    })
  } catch (error) {
    payload.logger.error({ msg: 'Could not serve a signed statement', statement: Number(id), err: error })
    return new Response('The statement is unavailable.', { status: 503, headers: privateHeaders })
  }
}
