import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'No signal', robots: { index: false, follow: false } }

// The same for everyone and kept by the service worker at install (app/sw.ts): it is what a members' page
// shows when it cannot be loaded and has no copy on the phone.
export const dynamic = 'force-static'

export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">No signal</h1>
      <p>
        This page cannot be loaded without a connection. In an emergency, or if a crime is happening now, call
        999.
      </p>
      <h2 className="text-xl font-semibold">What works with no signal</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Reporting.</strong> If you opened the report form on this phone recently, it opens again:
          write your report and add photos. It is kept on this phone, shown as “waiting to send”, and sent by
          itself when the signal returns.
        </li>
        <li>
          <strong>The offender gallery.</strong> The gallery pages and profiles you opened recently (for an
          hour, unless your scheme set another time) can be read again, on this phone only. They are wiped
          when you sign out.
        </li>
      </ul>
      <h2 className="text-xl font-semibold">What needs a signal</h2>
      <p>Everything else: searching the gallery, your reports, messages and your account.</p>
      <p>
        <a className="font-semibold underline" href="/report">
          Try again
        </a>
      </p>
    </div>
  )
}
