import type { Metadata } from 'next'
import { SupportDirectory } from '@/components/site/SupportDirectory'
import { listSupportServices } from '@/features/supportServices/listSupportServices'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// Prerendered; staff edits purge it at once (collections/SupportServices/hooks/revalidateSupport.ts).
export const revalidate = 3600

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: 'Where to get help',
    description: `Free help in ${settings.townName} for anyone sleeping rough, or struggling with housing, addiction or mental health.`,
    path: '/support',
    siteName: settings.schemeName,
  })
}

export default async function SupportPage() {
  const services = await listSupportServices()
  return <SupportDirectory services={services} />
}
