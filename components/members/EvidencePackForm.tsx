import { referenceOf } from '@/features/reports/referenceOf'
import { formatWhen } from '@/lib/format/formatWhen'

type EvidencePackFormProps = {
  offenderId: number
  incidents: { id: number; typeLabel: string; occurredAt: string }[]
  /** The scheme's report reference prefix (settings). */
  referencePrefix: string
}

/**
 * For police on a profile: choose the linked incidents for an evidence pack. A plain GET form, so the
 * browser downloads the PDF (or the structured ZIP); the route re-checks who is asking and that each incident belongs here.
 */
export const EvidencePackForm = ({ offenderId, incidents, referencePrefix }: EvidencePackFormProps) =>
  incidents.length ? (
    <section className="rounded-lg border border-slate-300 bg-white p-3">
      <h2 className="text-lg font-semibold">Evidence pack</h2>
      <form method="get" action={`/evidence-pack/offenders/${offenderId}`} className="space-y-2">
        <fieldset>
          <legend className="font-medium">Incidents to include</legend>
          <ul className="space-y-1">
            {incidents.map((incident) => (
              <li key={incident.id}>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="incidents" value={incident.id} defaultChecked />
                  {referenceOf(incident.id, referencePrefix)} · {incident.typeLabel},{' '}
                  {formatWhen(incident.occurredAt)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white">
            Download evidence pack (PDF)
          </button>
          {/* The pressed button's name and value go with the form: the route sends the structured ZIP. */}
          <button
            type="submit"
            name="format"
            value="zip"
            className="rounded border-2 border-slate-900 px-4 py-2 font-semibold text-slate-900"
          >
            Download as ZIP (JSON + files)
          </button>
        </div>
      </form>
    </section>
  ) : null
