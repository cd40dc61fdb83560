import Link from 'next/link'
import { supportCategories } from '@/collections/SupportServices'
import type { listSupportServices } from '@/features/supportServices/listSupportServices'
import { labelOf } from '@/lib/format/labelOf'

type Service = Awaited<ReturnType<typeof listSupportServices>>[number]

/**
 * The signposting directory. Kinds of help are links to their own prerendered pages (/support/housing),
 * not a filter form, so every view can be cached and works without JavaScript.
 */
export const SupportDirectory = ({ services, chosen }: { services: Service[]; chosen?: string }) => (
  <div className="space-y-4">
    <h1 className="text-3xl font-bold text-brand-ink">Where to get help</h1>
    <p>
      Free help for anyone sleeping rough, struggling with housing, addiction or mental health. In an
      emergency call 999.
    </p>
    <nav aria-label="Kind of help">
      <ul className="flex flex-wrap gap-2">
        {[{ label: 'All', value: '' }, ...supportCategories].map((option) => {
          const current = (chosen ?? '') === option.value
          return (
            <li key={option.value || 'all'}>
              <Link
                href={option.value ? `/support/${option.value}` : '/support'}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-full border-2 border-brand px-4 py-2 font-medium ${current ? 'bg-brand text-on-brand' : 'text-brand-ink'}`}
              >
                {option.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
    {services.length === 0 ? <p>No services are listed for this kind of help yet.</p> : null}
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
              <a className="underline" href={`tel:${service.phone.replace(/[^\d+]/g, '')}`}>
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
