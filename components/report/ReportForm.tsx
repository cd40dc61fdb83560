'use client'
import Link from 'next/link'
import { useEffect, useState, useTransition } from 'react'
import type { GalleryCard } from '@/features/gallery/searchGallery'
import { type ReportResult, reportIncidentAction } from '@/features/reports/reportIncidentAction'
import { Field, inputClass } from './Field'
import { OffenderPicker } from './OffenderPicker'
import {
  clearReportDraft,
  hasContent,
  loadReportDraft,
  type ReportValues,
  saveReportDraft,
} from './reportDraft'
import { shrinkPhoto } from './shrinkPhoto'
import { TypeChooser } from './TypeChooser'

const notSentMessage = 'Not sent — your report is saved on this phone. Send again when you have a signal.'

/**
 * The report form, phone first. Everything typed lives in component state and is sent with a server
 * action, so an error (or a dropped connection) never clears what the member entered. It is also kept in
 * this phone's storage (per member) until the report is sent, so closing the page or losing the signal loses
 * nothing but the photos. Each submission carries one key (new after each report sent): sending again after a
 * lost response, or from a restored draft, finds the report already filed instead of making a second.
 */
export const ReportForm = ({ now, draftOwner }: { now: string; draftOwner: number }) => {
  const blank: ReportValues = {
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
  const [values, setValues] = useState<ReportValues>(blank)
  const [photos, setPhotos] = useState<File[]>([])
  const [offenders, setOffenders] = useState<GalleryCard[]>([])
  const [submissionKey, setSubmissionKey] = useState(() => crypto.randomUUID())
  const [result, setResult] = useState<ReportResult | null>(null)
  const [restored, setRestored] = useState<{ photosLost: number } | null>(null)
  const [draftLoaded, setDraftLoaded] = useState(false)
  const [pending, startTransition] = useTransition()
  const set = <K extends keyof ReportValues>(key: K, value: ReportValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }))
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const welfare = values.type === 'welfare-concern'

  // Restore after hydration, not during the first render: the server cannot see this phone's storage.
  useEffect(() => {
    const draft = loadReportDraft(draftOwner)
    if (draft) {
      setValues(draft.values)
      setOffenders(draft.offenders)
      setSubmissionKey(draft.submissionKey)
      setRestored({ photosLost: draft.photoCount })
    }
    setDraftLoaded(true)
  }, [draftOwner])

  useEffect(() => {
    if (!draftLoaded || result?.ok) return
    if (hasContent(values, offenders, photos.length))
      saveReportDraft(draftOwner, { values, offenders, submissionKey, photoCount: photos.length })
  }, [draftLoaded, draftOwner, values, offenders, photos.length, submissionKey, result])

  const startAgain = () => {
    clearReportDraft(draftOwner)
    setValues(blank)
    setPhotos([])
    setOffenders([])
    setSubmissionKey(crypto.randomUUID())
    setResult(null)
    setRestored(null)
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setResult({ ok: false, message: notSentMessage, retry: true })
      return
    }
    const form = new FormData()
    for (const [key, value] of Object.entries(values))
      form.set(key, typeof value === 'boolean' ? String(value) : value)
    if (!welfare) for (const card of offenders) form.append('offenderIds', String(card.id))
    for (const photo of photos) form.append('photos', photo)
    form.set('idempotencyKey', submissionKey)
    startTransition(async () => {
      try {
        const answer = await reportIncidentAction(form)
        if (answer.ok) clearReportDraft(draftOwner)
        setResult(answer)
      } catch {
        // The request or its answer was lost: the report may or may not have arrived. Sending again with the
        // same key is safe either way.
        setResult({ ok: false, message: notSentMessage, retry: true })
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
            onClick={startAgain}
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

      {restored ? (
        <div role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          <p className="font-semibold">Your unsent report was kept on this phone.</p>
          {restored.photosLost ? (
            <p>
              Photos cannot be kept on the phone: {restored.photosLost} photo
              {restored.photosLost > 1 ? 's need' : ' needs'} adding again.
            </p>
          ) : null}
          <button type="button" className="underline" onClick={startAgain}>
            Discard it and start again
          </button>
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
              onChange={async (event) => {
                const chosen = await Promise.all(Array.from(event.target.files ?? []).map(shrinkPhoto))
                setPhotos((current) => [...current, ...chosen].slice(0, 8))
              }}
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
        {pending ? 'Sending…' : result && !result.ok && result.retry ? 'Send again' : 'Send report'}
      </button>
    </form>
  )
}
