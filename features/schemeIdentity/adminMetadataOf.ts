import type { Metadata } from 'next'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { iconMetadataOf } from './iconMetadataOf'

/** The neutral title suffix in payload.config.ts: Payload's admin knows no settings, so it is a placeholder. */
export const adminTitleSuffix = '· admin'

type Title = Metadata['title']

const withScheme = (text: string, schemeName: string) =>
  text.endsWith(` ${adminTitleSuffix}`)
    ? `${text.slice(0, -adminTitleSuffix.length - 1)} · ${schemeName} admin`
    : text

const titleWithScheme = (title: Title, schemeName: string): Title => {
  if (!title) return title
  if (typeof title === 'string') return withScheme(title, schemeName)
  if ('absolute' in title) return { ...title, absolute: withScheme(title.absolute, schemeName) }
  if ('default' in title) return { ...title, default: withScheme(title.default, schemeName) }
  return title
}

/**
 * Payload's page metadata with the scheme put in: "Dashboard · QuaySafe admin" for the placeholder suffix,
 * and the scheme's favicon, app icons and manifest instead of Payload's.
 */
export const adminMetadataOf = (metadata: Metadata, settings: SchemeSettingsRead): Metadata => ({
  ...metadata,
  title: titleWithScheme(metadata.title, settings.schemeName),
  openGraph: metadata.openGraph
    ? {
        ...metadata.openGraph,
        title: titleWithScheme(metadata.openGraph.title as Title, settings.schemeName) as string,
        siteName: settings.schemeName,
      }
    : undefined,
  ...iconMetadataOf(settings),
})
