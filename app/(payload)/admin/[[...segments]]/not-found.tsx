import config from '@payload-config'
import { generatePageMetadata, NotFoundPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { adminMetadataOf } from '@/features/schemeIdentity/adminMetadataOf'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

// Payload's metadata, with the scheme's name in the title and its icons (features/schemeIdentity).
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> =>
  adminMetadataOf(await generatePageMetadata({ config, params, searchParams }), await getSchemeSettings())

const NotFound = ({ params, searchParams }: Args) => NotFoundPage({ config, params, searchParams, importMap })

export default NotFound
