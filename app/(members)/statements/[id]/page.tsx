import { notFound } from 'next/navigation'
import { SignStatementForm } from '@/components/members/SignStatementForm'
import { BackLink } from '@/components/shared/BackLink'
import { referenceOf } from '@/features/reports/referenceOf'
import { getStatement } from '@/features/witnessStatements/getStatement'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { requireMember } from '@/lib/auth/requireMember'
import { formatWhen } from '@/lib/format/formatWhen'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const metadata = { title: 'Your witness statement' }

/** The witness's statement: to correct and sign while it waits for them, to read and download once signed. */
export default async function StatementPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember('member', 'business-manager')
  const { id } = await params
  if (!/^\d+$/.test(id)) notFound()
  const statement = await getStatement(member, Number(id))
  if (!statement || (statement.status !== 'awaiting-signature' && statement.status !== 'signed')) {
    await auditMemberRefusal(member, {
      summary: `Witness statement #${id} refused`,
      entityCollection: 'witness-statements',
      entityId: Number(id),
    })
    notFound()
  }
  const { referencePrefix } = await getSchemeSettings()
  return (
    <article className="space-y-4">
      <BackLink href="/statements">Back to statements</BackLink>
      <h1 className="text-2xl font-bold">Your witness statement</h1>
      <p className="text-slate-700">
        About report {referenceOf(Number(statement.incident), referencePrefix)}. Statement of{' '}
        {statement.witnessName}.
      </p>
      {statement.requestNote ? (
        <section className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 className="font-semibold">What the police asked you to cover</h2>
          <p className="whitespace-pre-line">{statement.requestNote}</p>
        </section>
      ) : null}
      {statement.status === 'signed' ? (
        <>
          <p role="status">You signed this statement on {formatWhen(statement.signedAt)}.</p>
          <p className="whitespace-pre-line rounded-lg border border-slate-300 bg-white p-4">
            {statement.body}
          </p>
          {statement.signedDocument ? (
            <p>
              <a className="underline" href={`/statements/${statement.id}/document`} download>
                Download the signed statement (PDF)
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <SignStatementForm
          id={statement.id}
          body={statement.body}
          occupation={statement.occupation ?? ''}
          over18={statement.over18 !== false}
        />
      )}
    </article>
  )
}
