'use client'

/**
 * What a members' page shows when the server could not build it (most often PostgreSQL restarting or
 * overloaded). Production never sends the error's message or stack, only a digest the logs can be searched by.
 */
export default function MembersError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <div role="alert" className="space-y-3 rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      <h1 className="text-xl font-bold">The service is busy, try again</h1>
      <p>This page could not be loaded just now. Nothing you sent has been lost. Try again in a minute.</p>
      <button
        type="button"
        className="rounded bg-brand px-4 py-3 font-semibold text-on-brand"
        onClick={reset}
      >
        Try again
      </button>
      {error.digest ? <p className="text-sm">Reference for the scheme office: {error.digest}</p> : null}
    </div>
  )
}
