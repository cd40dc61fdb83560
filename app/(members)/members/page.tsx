import Link from 'next/link'

// The members' area (sign-in, reporting, the gallery) is built in its own issue; this page only says so.
export const dynamic = 'force-dynamic'

export default function MembersHome() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Members’ area</h1>
      <p>Member sign-in is coming soon. Until then, report incidents by phone to the scheme office.</p>
      <p>
        <Link className="underline" href="/">
          Back to the public site
        </Link>
      </p>
    </div>
  )
}
