import { supportCategories } from '@/collections/SupportServices'
import { labelOf } from '@/lib/format/labelOf'
import { listSupportServices } from '@/lib/queries/listSupportServices'

export const metadata = { title: 'Where to get help' }
export const dynamic = 'force-dynamic'

export default async function SupportPage({
  searchParams,
}: {
  searchParams: Promise<{ category?: string }>
}) {
  const { category } = await searchParams
  const chosen = supportCategories.some((option) => option.value === category) ? category : undefined
  const services = await listSupportServices(chosen)
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">Where to get help</h1>
      <p>
        Free help for anyone sleeping rough, struggling with housing, addiction or mental health. In an
        emergency call 999.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="category" className="block font-medium">
            Kind of help
          </label>
          <select
            id="category"
            name="category"
            defaultValue={chosen ?? ''}
            className="rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">All</option>
            {supportCategories.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Show
        </button>
      </form>
      <ul className="grid gap-3 sm:grid-cols-2">
        {services.map((service) => (
          <li key={service.id} className="rounded-lg border border-slate-300 p-4">
            <h2 className="text-lg font-semibold">{service.name}</h2>
            <p className="text-sm text-slate-700">
              {service.categories.map((value) => labelOf(supportCategories, value)).join(', ')}
            </p>
            <p className="mt-1">{service.description}</p>
            {service.openingTimes ? <p className="mt-1">Open: {service.openingTimes}</p> : null}
            {service.phone ? (
              <p>
                Phone:{' '}
                <a className="underline" href={`tel:${service.phone.replace(/\s/g, '')}`}>
                  {service.phone}
                </a>
              </p>
            ) : null}
            {service.address ? <p>{service.address}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
