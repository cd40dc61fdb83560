'use client'
import Link from 'next/link'
import { useState, useTransition } from 'react'
import { type ReportResult, reportIncidentAction } from '@/lib/actions/reportIncidentAction'
import type { GalleryCard } from '@/lib/queries/searchGallery'
import { Field, inputClass } from './Field'
import { OffenderPicker } from './OffenderPicker'
import { TypeChooser } from './TypeChooser'

type Values = {
  type: string
  occurredAt: string
  description: string
  spot: string
  valueLost: string
  valueRecovered: string
  policeCalled: boolean
  crimeReference: string
  unknownDescription: string
  proposeIdSought: boolean
}

/**
 * The report form, phone first. Everything typed lives in component state and is sent with a server
 * action, so an error (or a dropped connection) never clears what the member entered.
 */
export const ReportForm = ({ now }: { now: string }) => {
  const blank: Values = {
    type: '',
    occurredAt: now,
    description: '',
    spot: '',
    valueLost: '',
    valueRecovered: '',
    policeCalled: false,
    crimeReference: '',
    unknownDescription: '',
    proposeIdSought: false,
  }
  const [values, setValues] = useState<Values>(blank)
  const [photos, setPhotos] = useState<File[]>([])
  const [offenders, setOffenders] = useState<GalleryCard[]>([])
  const [result, setResult] = useState<ReportResult | null>(null)
  const [pending, startTransition] = useTransition()
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }))
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const welfare = values.type === 'welfare-concern'

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const form = new FormData()
    for (const [key, value] of Object.entries(values))
      form.set(key, typeof value === 'boolean' ? String(value) : value)
    if (!welfare) for (const card of offenders) form.append('offenderIds', String(card.id))
    for (const photo of photos) form.append('photos', photo)
    startTransition(async () => {
      try {
        setResult(await reportIncidentAction(form))
      } catch {
        setResult({
          ok: false,
          message: 'No connection: your report was not sent. Check the signal and press Send again.',
        })
      }
    })
  }

  if (result?.ok) {
    return (
      <div role="status" className="space-y-4 rounded-lg border-2 border-green-700 bg-green-50 p-4">
        <h2 className="text-xl font-bold">Report sent</h2>
        <p>
          Your reference is <strong className="text-2xl">{result.reference}</strong>. Police and the scheme
          team can see it now.
        </p>
        {result.proposed ? <p>Staff will review the person you asked them to identify.</p> : null}
        <div className="flex flex-wrap gap-3">
          <Link href="/reports" className="rounded bg-brand px-4 py-3 font-semibold text-white">
            My reports
          </Link>
          <button
            type="button"
            className="rounded border-2 border-brand px-4 py-3 font-semibold text-brand"
            onClick={() => {
              setValues(blank)
              setPhotos([])
              setOffenders([])
              setResult(null)
            }}
          >
            Report another
          </button>
        </div>
      </div>
    )
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {result && !result.ok ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{result.message}</p>
          {Object.keys(errors).length ? (
            <p>Your answers are still here; the problems are marked below.</p>
          ) : null}
        </div>
      ) : null}

      <TypeChooser value={values.type} onChange={(type) => set('type', type)} error={errors.type} />

      {welfare ? (
        <aside className="rounded-lg border-l-4 border-sky-700 bg-sky-50 p-3">
          <p className="font-semibold">This goes to the outreach team, not the police or the gallery.</p>
          <p>
            If someone is in danger or seriously unwell, call 999. For help with rough sleeping, see the{' '}
            <Link className="underline" href="/support">
              support directory
            </Link>
            .
          </p>
        </aside>
      ) : null}

      <Field id="occurredAt" label="When?" error={errors.occurredAt}>
        {(describedBy) => (
          <input
            id="occurredAt"
            type="datetime-local"
            value={values.occurredAt}
            max={now}
            onChange={(event) => set('occurredAt', event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.occurredAt)}
            className={inputClass}
          />
        )}
      </Field>

      <Field
        id="description"
        label="What happened?"
        hint="What they did, what they took, what they said."
        error={errors.description}
      >
        {(describedBy) => (
          <textarea
            id="description"
            rows={4}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.description)}
            className={inputClass}
          />
        )}
      </Field>

      <Field
        id="photos"
        label="Photos (optional)"
        hint="Take a photo or pick CCTV stills: JPEG, PNG or WebP, up to 8."
        error={errors.photos}
      >
        {(describedBy) => (
          <>
            <input
              id="photos"
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              onChange={(event) =>
                setPhotos([...photos, ...Array.from(event.target.files ?? [])].slice(0, 8))
              }
              aria-describedby={describedBy}
              className="block w-full text-base"
            />
            {photos.length ? (
              <p className="mt-1">
                {photos.length} photo{photos.length > 1 ? 's' : ''} attached.{' '}
                <button type="button" className="underline" onClick={() => setPhotos([])}>
                  Remove photos
                </button>
              </p>
            ) : null}
          </>
        )}
      </Field>

      {welfare ? null : (
        <section aria-labelledby="who-heading" className="space-y-3">
          <h2 id="who-heading" className="text-lg font-semibold">
            Who was it? (optional)
          </h2>
          <OffenderPicker selected={offenders} onChange={setOffenders} error={errors.offenderIds} />
          <Field
            id="unknownDescription"
            label="Or describe someone not in the gallery"
            error={errors.unknownDescription}
          >
            {(describedBy) => (
              <textarea
                id="unknownDescription"
                rows={2}
                value={values.unknownDescription}
                onChange={(event) => set('unknownDescription', event.target.value)}
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.unknownDescription)}
                className={inputClass}
              />
            )}
          </Field>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              checked={values.proposeIdSought}
              onChange={(event) => set('proposeIdSought', event.target.checked)}
              className="mt-1 size-5"
            />
            <span>
              Ask the scheme team to identify this person (an “ID sought” entry, checked by staff first)
            </span>
          </label>
        </section>
      )}

      <details className="rounded-lg border border-slate-300 bg-white p-3">
        <summary className="cursor-pointer font-semibold">
          More details: value, police, where in the shop
        </summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Field id="valueLost" label="Value lost (£)" error={errors.valueLost}>
            {(describedBy) => (
              <input
                id="valueLost"
                inputMode="decimal"
                value={values.valueLost}
                onChange={(event) => set('valueLost', event.target.value)}
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.valueLost)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="valueRecovered" label="Value recovered (£)" error={errors.valueRecovered}>
            {(describedBy) => (
              <input
                id="valueRecovered"
                inputMode="decimal"
                value={values.valueRecovered}
                onChange={(event) => set('valueRecovered', event.target.value)}
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.valueRecovered)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="spot" label="Where in the shop?" error={errors.spot}>
            {(describedBy) => (
              <input
                id="spot"
                value={values.spot}
                onChange={(event) => set('spot', event.target.value)}
                aria-describedby={describedBy}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="crimeReference" label="Police crime reference" error={errors.crimeReference}>
            {(describedBy) => (
              <input
                id="crimeReference"
                value={values.crimeReference}
                onChange={(event) => set('crimeReference', event.target.value)}
                aria-describedby={describedBy}
                className={inputClass}
              />
            )}
          </Field>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={values.policeCalled}
              onChange={(event) => set('policeCalled', event.target.checked)}
              className="size-5"
            />
            Police were called
          </label>
        </div>
      </details>

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-brand px-4 py-4 text-xl font-bold text-white disabled:opacity-60"
      >
        {pending ? 'Sending…' : 'Send report'}
      </button>
    </form>
  )
}
