import Link from 'next/link'

/** A page that does not exist, or is not published: say so plainly and offer the ways on. */
export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-ink">We can’t find that page</h1>
      <p className="max-w-prose">
        It may have moved, or it may not be published yet. If you need to report a crime, call 999 in an
        emergency or 101 when it has already happened.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className="text-brand-ink underline" href="/">
            Home page
          </Link>
        </li>
        <li>
          <Link className="text-brand-ink underline" href="/campaigns">
            Campaigns
          </Link>
        </li>
        <li>
          <Link className="text-brand-ink underline" href="/news">
            News and events
          </Link>
        </li>
        <li>
          <Link className="text-brand-ink underline" href="/support">
            Where to get help
          </Link>
        </li>
      </ul>
    </div>
  )
}
