'use client'

/**
 * The last resort when a root layout itself fails (each route group's root layout reads the database, so a
 * PostgreSQL restart lands here). Production sends no message or stack, only a digest for the logs.
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <html lang="en-GB">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '2rem auto',
          maxWidth: '40rem',
          padding: '0 1rem',
        }}
      >
        <main role="alert">
          <h1>The service is busy, try again</h1>
          <p>
            This page could not be loaded just now. Nothing you sent has been lost. Try again in a minute.
          </p>
          <button type="button" onClick={reset} style={{ fontSize: '1rem', padding: '0.75rem 1rem' }}>
            Try again
          </button>
          {error.digest ? <p>Reference for the scheme office: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  )
}
