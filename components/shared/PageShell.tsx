import type { ReactNode } from 'react'
import { brandStyleOf } from '@/lib/brand/brandStyleOf'

/**
 * The document of a route group's root layout: English (UK), the scheme's brand colours, a skip link to the
 * main content (shown when focused), the group's header, `<main id="main">` and its footer.
 */
export const PageShell = ({
  brandColour,
  background,
  header,
  mainClassName,
  footer,
  children,
}: {
  /** The scheme's brand colour (settings); the text colours on it are worked out from it. */
  brandColour: string | null | undefined
  /** The page's background colour class, e.g. 'bg-white'. */
  background: string
  header?: ReactNode
  mainClassName: string
  footer?: ReactNode
  children: ReactNode
}) => (
  <html lang="en-GB">
    <body className={`min-h-screen ${background} text-slate-900 antialiased`}>
      {/* Custom properties only, from a validated hex colour: Tailwind's brand utilities read them. React
          hoists a style with `href` and `precedence` into the head, before the page paints. */}
      <style href="scheme-brand-colours" precedence="high">
        {brandStyleOf(brandColour)}
      </style>
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
