import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { supportCategories } from '@/collections/SupportServices'
import { SupportDirectory } from '@/components/site/SupportDirectory'
import { listSupportServices } from '@/features/supportServices/listSupportServices'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'

// One prerendered page per kind of help; staff edits purge them at once (revalidateSupport).
export const revalidate = 3600
export const dynamicParams = false

type Params = { params: Promise<{ category: string }> }

const categoryOf = (value: string) => supportCategories.find((option) => option.value === value)

export const generateStaticParams = () => supportCategories.map((option) => ({ category: option.value }))

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const category = categoryOf((await params).category)
  if (!category) return {}
  const settings = await getSchemeSettings()
  return pageMetadata({
    title: `Where to get help: ${category.label.toLowerCase()}`,
    description: `Free ${category.label.toLowerCase()} help in ${settings.townName}.`,
    path: `/support/${category.value}`,
    siteName: settings.schemeName,
  })
}

export default async function SupportCategoryPage({ params }: Params) {
  const category = categoryOf((await params).category)
  if (!category) notFound()
  const services = await listSupportServices(category.value)
  return <SupportDirectory services={services} chosen={category.value} />
}
