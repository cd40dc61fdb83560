import { statementStatuses } from '@/collections/WitnessStatements/statementStatuses'
import type { listStatementsOfIncident } from '@/features/witnessStatements/listStatementsOfIncident'
import { formatWhen } from '@/lib/format/formatWhen'
import { labelOf } from '@/lib/format/labelOf'

type Statements = Awaited<ReturnType<typeof listStatementsOfIncident>>

/** A report's witness statements for police: whose, where each stands, and the signed PDF. */
export const IncidentStatements = ({ statements }: { statements: Statements }) =>
  statements.length ? (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">Witness statements</h2>
      <ul className="space-y-1">
        {statements.map((statement) => (
          <li key={statement.id}>
            {statement.witnessName}: {labelOf(statementStatuses, statement.status)}
            {statement.signedAt ? ` on ${formatWhen(statement.signedAt)}` : ''}
            {statement.signedDocument ? (
              <>
                {' · '}
                <a className="underline" href={`/statements/${statement.id}/document`} download>
                  Signed statement (PDF)
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  ) : null
