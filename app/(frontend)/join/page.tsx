import { businessCategories } from '@/collections/Businesses/businessCategories'
import { JoinForm } from '@/components/join/JoinForm'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

export const metadata = { title: 'Join the scheme' }
// Rendered per request: a form page gets the proxy's per-request nonce policy (lib/security/routeKindOf.ts).
export const dynamic = 'force-dynamic'

const termsId = 'terms-summary'

export default async function JoinPage() {
  const settings = await getSchemeSettings()
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-ink">Join {settings.schemeName}</h1>
        <p className="text-lg">
          Businesses in {settings.townName} join to report crime in a minute, see who is offending locally and
          hear from the police and {settings.bidName}. Apply here; the scheme team reviews every application.
        </p>
      </header>

      <section
        id={termsId}
        aria-labelledby="terms-heading"
        className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-4"
      >
        <h2 id="terms-heading" className="text-lg font-semibold">
          The information-sharing terms, in short
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Your business shares reports of crime and anti-social behaviour with the scheme:{' '}
            {settings.bidName}, the police, the council’s ASB unit and outreach workers, each seeing only what
            their role needs.
          </li>
          <li>
            Information about offenders is used only to prevent and detect crime and to keep people safe. Keep
            the offender gallery and briefings confidential: do not copy, photograph, post or pass them on.
          </li>
          <li>
            Only your staff who need it get a login, and you tell the scheme when someone leaves. Logins can
            be suspended if these terms are broken.
          </li>
          <li>
            Personal data is held under UK GDPR and the Data Protection Act 2018, kept only as long as the
            scheme’s rules allow, and people can ask to see what is held about them.
          </li>
        </ul>
        <p className="text-sm text-slate-700">
          When your application is approved the full agreement is recorded against your business.
        </p>
      </section>

      <JoinForm categories={businessCategories} termsId={termsId} />
    </div>
  )
}
