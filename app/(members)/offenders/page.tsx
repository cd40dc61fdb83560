import { GalleryGrid } from '@/components/members/GalleryGrid'
import { Pagination } from '@/components/members/Pagination'
import { compactInputClass } from '@/components/shared/inputClasses'
import { SelectField } from '@/components/shared/SelectField'
import { TextField } from '@/components/shared/TextField'
import { requireGalleryViewer } from '@/features/gallery/requireGalleryViewer'
import { searchGallery } from '@/features/gallery/searchGallery'
import { warningMarkerOptions } from '@/features/vocabulary/warningMarkerOptions'

export const metadata = { title: 'Offender gallery' }

const galleries = [
  { value: 'known', label: 'Known' },
  { value: 'id-sought', label: 'ID sought' },
] as const

type Params = { q?: string; marker?: string; gallery?: string; recent?: string; page?: string }

export default async function GalleryPage({ searchParams }: { searchParams: Promise<Params> }) {
  const member = await requireGalleryViewer()
  const params = await searchParams
  const markers = await warningMarkerOptions(member)
  const marker = markers.some((option) => option.value === params.marker) ? params.marker : undefined
  const gallery = params.gallery === 'known' || params.gallery === 'id-sought' ? params.gallery : undefined
  const recent = params.recent === '90' ? 90 : undefined
  const page = Math.max(1, Number(params.page) || 1)
  const { cards, totalPages, totalDocs, problem } = await searchGallery(member, {
    query: params.q,
    markers: marker ? [marker] : undefined,
    gallery,
    recentDays: recent,
    page,
  })
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Offender gallery</h1>
      <p className="text-slate-700">Approved profiles only. Never share these images outside the scheme.</p>
      <form
        method="get"
        className="grid gap-2 rounded-lg border border-slate-300 bg-white p-3 sm:grid-cols-2"
      >
        <div className="sm:col-span-2">
          <TextField
            id="q"
            name="q"
            label="Search name, nickname or description"
            type="search"
            defaultValue={params.q ?? ''}
            className={compactInputClass}
          />
        </div>
        {[
          {
            id: 'marker',
            label: 'Warning marker',
            options: markers.map((option) => ({
              value: option.value,
              label: option.retired ? `${option.label} (retired)` : option.label,
            })),
            emptyOption: 'Any',
            value: marker,
          },
          { id: 'gallery', label: 'Gallery', options: galleries, emptyOption: 'Everyone', value: gallery },
        ].map(({ value, ...select }) => (
          <SelectField key={select.id} name={select.id} defaultValue={value ?? ''} {...select} />
        ))}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="recent"
            value="90"
            defaultChecked={Boolean(recent)}
            className="size-5"
          />{' '}
          Active in the last 90 days
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-on-brand">
          Search
        </button>
      </form>
      {problem ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {problem}
        </p>
      ) : null}
      <p aria-live="polite">
        {totalDocs} {totalDocs === 1 ? 'profile' : 'profiles'}
      </p>
      <GalleryGrid cards={cards} markers={markers} />
      <Pagination
        page={page}
        totalPages={totalPages}
        params={{ q: params.q, marker, gallery, recent: recent ? '90' : undefined }}
      />
    </div>
  )
}
