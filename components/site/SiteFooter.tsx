import Link from 'next/link'

type FooterSettings = {
  schemeName: string
  bidName: string
  contact?: { email?: string | null; phone?: string | null } | null
}

export const SiteFooter = ({ settings }: { settings: FooterSettings }) => (
  <footer className="mt-16 border-t border-slate-200 bg-slate-50">
    <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
      <p>
        {settings.schemeName} is run by {settings.bidName} with the police, the council and outreach partners.
      </p>
      {settings.contact?.email ? (
        <p className="mt-2">
          Contact:{' '}
          <a className="underline" href={`mailto:${settings.contact.email}`}>
            {settings.contact.email}
          </a>
          {settings.contact.phone ? ` · ${settings.contact.phone}` : null}
        </p>
      ) : null}
      <p className="mt-2">
        <Link className="underline" href="/privacy">
          Privacy notice
        </Link>
      </p>
    </div>
  </footer>
)
