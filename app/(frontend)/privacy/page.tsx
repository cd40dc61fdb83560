import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { months } from '@/lib/format/months'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { schemeTitleOf } from '@/lib/settings/schemeTitleOf'

// Prerendered; a settings change purges it at once (globals/SchemeSettings/hooks/revalidateSettings.ts), so
// the periods quoted here are always the ones the scheme applies.
export const revalidate = 3600

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: 'Privacy notice',
    description: `How ${settings.schemeName} uses information about people involved in crime and anti-social behaviour in ${settings.townName}, how long it is kept, and how to ask for yours.`,
    path: '/privacy',
    siteName: settings.schemeName,
  })
}

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section aria-labelledby={id} className="space-y-3">
    <h2 id={id} className="text-2xl font-semibold">
      {title}
    </h2>
    {children}
  </section>
)

export default async function PrivacyPage() {
  const settings = await getSchemeSettings()
  const scheme = schemeTitleOf(settings)
  const { retention, exclusions, contact } = settings
  return (
    <article className="max-w-prose space-y-8 leading-relaxed">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-ink">Privacy notice</h1>
        <p className="text-lg">
          How {scheme} ({settings.schemeName}) uses information about people, why it may, who sees it, how
          long it is kept, and how to ask for what it holds about you.
        </p>
      </header>

      <Section id="who" title="Who runs the scheme">
        <p>
          {settings.schemeName} is a business crime reduction partnership run by {settings.bidName}, the
          Business Improvement District for {settings.townName}, with the police, the council’s anti-social
          behaviour unit and outreach workers. {settings.bidName} is the controller of the information the
          scheme holds.
        </p>
      </Section>

      <Section id="why" title="Why we hold information, and the law that allows it">
        <p>
          We hold information to prevent and detect crime and anti-social behaviour against member businesses,
          their staff and customers: theft, abuse and threats to staff, violence and criminal damage.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Lawful basis:</strong> legitimate interests (UK GDPR Article 6(1)(f)): the interest of
            member businesses, their staff and the public in preventing crime, weighed against the rights of
            the people concerned.
          </li>
          <li>
            <strong>Criminal offence data</strong> (UK GDPR Article 10): reports of offences and their
            outcomes are processed under the Data Protection Act 2018, Schedule 1, paragraph 10 (preventing or
            detecting unlawful acts). We keep the appropriate policy document the Act requires.
          </li>
        </ul>
      </Section>

      <Section id="what" title="What we hold">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            About people reported to the scheme: names and known aliases, photographs and CCTV stills, a
            physical description, the incidents they are linked to (what happened, when and where), warning
            markers for staff safety, exclusion notices, and police crime references and outcomes.
          </li>
          <li>
            About people who use the scheme: the name, work email and business of member staff, and who
            reported, viewed or changed what (an audit log).
          </li>
          <li>
            About businesses that apply to join: the business’s name, address and a contact person’s details.
          </li>
        </ul>
        <p>
          We never record ethnicity, religion or sexuality. Someone who appears to be vulnerable is kept out
          of the gallery and referred to outreach workers instead.
        </p>
      </Section>

      <Section id="who-sees" title="Who sees it">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Staff of member businesses, who have signed an information-sharing agreement: the gallery of
            approved profiles and their own business’s reports.
          </li>
          <li>The police: the scheme’s crime intelligence, to investigate and prosecute.</li>
          <li>The council’s anti-social behaviour unit: anti-social behaviour reports only.</li>
          <li>Outreach workers: welfare concerns only, never the offender gallery.</li>
          <li>{settings.bidName} staff who run the scheme.</li>
        </ul>
        <p>Nothing about individuals is published on this website, sold or used for marketing.</p>
      </Section>

      <Section id="how-long" title="How long we keep it">
        <dl className="space-y-3">
          <div>
            <dt className="font-semibold">Gallery profiles</dt>
            <dd>
              A profile leaves the gallery {months(retention.galleryMonths)} after the person’s last linked
              incident. It is then deleted after a further review period of {months(retention.reviewMonths)},
              unless an exclusion or a court case still needs it.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Incident reports</dt>
            <dd>Reports are anonymised {months(retention.incidentMonths)} after the incident.</dd>
          </div>
          <div>
            <dt className="font-semibold">Exclusions</dt>
            <dd>
              An exclusion from member premises lasts {months(exclusions.durationMonths)}. The person may
              appeal after {months(exclusions.appealAfterMonths)} without further incidents.
            </dd>
          </div>
        </dl>
      </Section>

      <Section id="your-rights" title="How to ask for your information">
        <p>
          You may ask for a copy of everything the scheme holds about you (a subject access request). We will
          answer within one month. You may also ask us to correct it, to delete it, or object to our using it.
        </p>
        <ul className="space-y-1">
          {contact?.email ? (
            <li>
              Email:{' '}
              <a className="font-medium text-brand-ink underline" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </li>
          ) : null}
          {contact?.phone ? (
            <li>
              Phone:{' '}
              <a
                className="font-medium text-brand-ink underline"
                href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}
              >
                {contact.phone}
              </a>
            </li>
          ) : null}
          {contact?.address ? <li className="whitespace-pre-line">Post: {contact.address}</li> : null}
        </ul>
        <p>
          If you are unhappy with how we have used your information, you can complain to the Information
          Commissioner’s Office:{' '}
          <a className="font-medium text-brand-ink underline" href="https://ico.org.uk/make-a-complaint/">
            ico.org.uk/make-a-complaint
          </a>
          .
        </p>
      </Section>
    </article>
  )
}
