import Link from 'next/link'
import { statementStatuses } from '@/collections/WitnessStatements/statementStatuses'
import { referenceOf } from '@/features/reports/referenceOf'
import { listStatementsToSign } from '@/features/witnessStatements/listStatementsToSign'
import { requireMember } from '@/lib/auth/requireMember'
import { formatWhen } from '@/lib/format/formatWhen'
import { labelOf } from '@/lib/format/labelOf'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const metadata = { title: 'Statements to sign' }

/** The witness statements police asked this member for: the ones to sign first, then the signed ones. */
export default async function StatementsPage() {
  const member = await requireMember('member', 'business-manager')
  const [statements, { referencePrefix }] = await Promise.all([
    listStatementsToSign(member),
    getSchemeSettings(),
  ])
  const waiting = statements.filter((statement) => statement.status === 'awaiting-signature')
  const signed = statements.filter((statement) => statement.status === 'signed')
  const item = (statement: (typeof statements)[number]) => (
    <li key={statement.id}>
      <Link
        href={`/statements/${statement.id}`}
        className="block rounded-lg border border-slate-300 bg-white p-4 hover:bg-slate-100 focus-visible:ring-4 focus-visible:ring-blue-600"
      >
        <span className="block font-semibold">
          Statement about report {referenceOf(Number(statement.incident), referencePrefix)}
        </span>
        <span className="block text-sm text-slate-700">
          {labelOf(statementStatuses, statement.status)}
          {statement.signedAt ? ` · signed ${formatWhen(statement.signedAt)}` : ''}
          {!statement.signedAt ? ` · asked ${formatWhen(statement.createdAt)}` : ''}
        </span>
      </Link>
    </li>
  )
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Statements to sign</h1>
      <p className="text-slate-700">
        When the police need your account of a report for court, they ask for a witness statement. Read the
        draft, correct it and sign it here.
      </p>
      {waiting.length ? (
        <ul className="space-y-2">{waiting.map(item)}</ul>
      ) : (
        <p role="status">Nothing to sign at the moment.</p>
      )}
      {signed.length ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Signed</h2>
          <ul className="space-y-2">{signed.map(item)}</ul>
        </section>
      ) : null}
    </div>
  )
}
