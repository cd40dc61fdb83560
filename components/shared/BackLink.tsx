import Link from 'next/link'
import type { ReactNode } from 'react'

const toneClass = {
  /** The members' area. */
  plain: 'underline',
  /** The public site, in the scheme's colour. */
  brand: 'font-medium text-brand-ink underline',
} as const

/** The link back to the list a page belongs to, on its own line above the page's heading. */
export const BackLink = ({
  href,
  tone = 'plain',
  children,
}: {
  href: string
  tone?: keyof typeof toneClass
  children: ReactNode
}) => (
  <p>
    <Link className={toneClass[tone]} href={href}>
      {children}
    </Link>
  </p>
)
