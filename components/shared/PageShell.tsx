import type { ReactNode } from 'react'

/**
 * The document of a route group's root layout: English (UK), a skip link to the main content (shown when
 * focused), the group's header, `<main id="main">` and its footer.
 */
export const PageShell = ({
  background,
  header,
  mainClassName,
  footer,
  children,
}: {
  /** The page's background colour class, e.g. 'bg-white'. */
  background: string
  header?: ReactNode
  mainClassName: string
  footer?: ReactNode
  children: ReactNode
}) => (
  <html lang="en-GB">
    <body className={`min-h-screen ${background} text-slate-900 antialiased`}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      {header}
      <main id="main" className={mainClassName}>
        {children}
      </main>
      {footer}
    </body>
  </html>
)
