import Link from 'next/link'

/** Shown for a welfare concern: where it goes, and where urgent help is. */
export const WelfareNotice = () => (
  <aside className="rounded-lg border-l-4 border-sky-700 bg-sky-50 p-3">
    <p className="font-semibold">This goes to the outreach team, not the police or the gallery.</p>
    <p>
      If someone is in danger or seriously unwell, call 999. For help with rough sleeping, see the{' '}
      <Link className="underline" href="/support">
        support directory
      </Link>
      .
    </p>
  </aside>
)
