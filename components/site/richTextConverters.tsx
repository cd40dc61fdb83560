import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'
import { safeHref } from '@/lib/text/safeHref'

type LinkFields = {
  url?: string
  newTab?: boolean
  linkType?: 'custom' | 'internal'
  doc?: { relationTo: string; value: unknown } | null
}

const publicPathOf: Record<string, (slug: string) => string> = {
  campaigns: (slug) => `/campaigns/${slug}`,
  briefings: (slug) => `/news/${slug}`,
}

/** An internal link's page on the public site, when the linked document was readable and has one. */
const internalHref = (doc: LinkFields['doc']): string | null => {
  const value = doc?.value
  const slug =
    value && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string'
      ? value.slug
      : null
  const pathOf = doc ? publicPathOf[doc.relationTo] : undefined
  return slug && pathOf ? pathOf(slug) : null
}

/** A link that is only ever a web, email, phone or site address; anything else is shown as plain text. */
const renderLink = (fields: LinkFields, children: ReactNode) => {
  const href = fields.linkType === 'internal' ? internalHref(fields.doc) : safeHref(fields.url)
  if (!href) return <span>{children}</span>
  return fields.newTab ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  )
}

/**
 * Payload's default converters, except links: the default renders whatever URL was stored, and staff can
 * paste a `javascript:` link into the editor.
 */
export const safeConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => renderLink(node.fields, nodesToJSX({ nodes: node.children })),
  autolink: ({ node, nodesToJSX }) => renderLink(node.fields, nodesToJSX({ nodes: node.children })),
})
