import Link from 'next/link'

export const SiteHeader = ({ schemeName }: { schemeName: string }) => (
  <header className="bg-brand text-white">
    <nav
      aria-label="Main"
      className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3"
    >
      <Link href="/" className="text-lg font-bold tracking-tight">
        {schemeName}
      </Link>
      <ul className="flex flex-wrap gap-4 text-sm">
        <li>
          <Link className="underline-offset-4 hover:underline" href="/#report">
            Report a crime
          </Link>
        </li>
        <li>
          <Link className="underline-offset-4 hover:underline" href="/members">
            Members’ area
          </Link>
        </li>
      </ul>
    </nav>
  </header>
)
