'use client'
import { useState } from 'react'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { SubmitButton } from '@/components/shared/SubmitButton'
import { TextAreaField } from '@/components/shared/TextAreaField'
import { TextField } from '@/components/shared/TextField'
import { useFormValues } from '@/components/shared/useFormValues'
import type { GalleryCard } from '@/features/gallery/searchGallery'
import type { ReportTypeOption } from '@/features/vocabulary/vocabularyOption'
import { blankReport } from './blankReport'
import { MoreDetails } from './MoreDetails'
import { OffenderSection } from './OffenderSection'
import type { QueuedReport } from './offlineQueue/queuedReport'
import { PhotoPicker } from './PhotoPicker'
import { QueuedReports } from './QueuedReports'
import { ReportQueued } from './ReportQueued'
import { ReportSent } from './ReportSent'
import { RestoredDraftNote } from './RestoredDraftNote'
import { reportControlIdOf } from './reportControlIdOf'
import { clearReportDraft, type ReportValues } from './reportDraft'
import { reportFormData } from './reportFormData'
import { TypeChooser } from './TypeChooser'
import { useReportDraft } from './useReportDraft'
import { useSendReport } from './useSendReport'
import { WelfareNotice } from './WelfareNotice'

/**
 * The report form, phone first. Everything typed lives in component state and is sent with a server
 * action, so an error (or a dropped connection) never clears what the member entered. It is also kept in
 * this phone's storage (per member) until the report is sent, so closing the page or losing the signal loses
 * nothing but the photos. Sent with no signal, it is queued on the phone WITH its photos and sent by itself
 * later (docs/offline-app.md). Each submission carries one key (new after each report sent): sending again after a
 * lost response, or from a restored draft, finds the report already filed instead of making a second.
 */
export const ReportForm = ({
  now,
  draftOwner,
  types,
}: {
  now: string
  draftOwner: number
  /** The scheme's report types still in use, from the page (features/vocabulary/reportTypeOptions). */
  types: ReportTypeOption[]
}) => {
  const form = useFormValues<ReportValues>(blankReport(now))
  const [photos, setPhotos] = useState<File[]>([])
  const [offenders, setOffenders] = useState<GalleryCard[]>([])
  const [submissionKey, setSubmissionKey] = useState(() => crypto.randomUUID())
  const [restored, setRestored] = useState<{ photosLost: number } | null>(null)
  const { result, queued, pending, send, clear } = useSendReport(draftOwner)
  const { values } = form
  const refused = result && !result.ok ? result : null
  const errors = refused?.fieldErrors ?? {}
  const chosen = types.find((type) => type.value === values.type)
  const welfare = chosen?.welfare === true

  useReportDraft(
    draftOwner,
    { values, offenders, submissionKey, photoCount: photos.length },
    !result?.ok && !queued,
    (draft) => {
      form.setValues(draft.values)
      setOffenders(draft.offenders)
      setSubmissionKey(draft.submissionKey)
      setRestored({ photosLost: draft.photoCount })
    },
  )

  const startAgain = () => {
    clearReportDraft(draftOwner)
    form.setValues(blankReport(now))
    setPhotos([])
    setOffenders([])
    setSubmissionKey(crypto.randomUUID())
    clear()
    setRestored(null)
  }

  // A queued report the server refused: back into the form, photos and all, for the member to put right.
  const edit = (report: QueuedReport) => {
    form.setValues(report.values)
    setOffenders(report.offenders)
    setPhotos(report.photos)
    setSubmissionKey(report.submissionKey)
    clear()
    setRestored(null)
  }

  // Listed above every state of the form; remounted when one is queued, so it lists it at once.
  const waiting = <QueuedReports key={queued ? 'queued' : 'form'} owner={draftOwner} onEdit={edit} />

  if (result?.ok)
    return (
      <>
        {waiting}
        <ReportSent reference={result.reference} proposed={result.proposed} onReportAnother={startAgain} />
      </>
    )
  if (queued)
    return (
      <>
        {waiting}
        <ReportQueued onReportAnother={startAgain} />
      </>
    )

  const report = { values, offenders, photos, submissionKey, welfare }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        send(reportFormData(report), { ...report, owner: draftOwner, queuedAt: '' })
      }}
      noValidate
      className="space-y-6"
    >
      {waiting}
      <ErrorSummary message={refused?.message} errors={errors} controlIdOf={reportControlIdOf} />
      {restored ? <RestoredDraftNote photosLost={restored.photosLost} onDiscard={startAgain} /> : null}
      <TypeChooser
        types={types}
        value={values.type}
        onChange={(type) => form.set('type', type)}
        error={errors.type}
      />
      {welfare ? <WelfareNotice /> : null}
      <TextField
        label="When?"
        type="datetime-local"
        max={now}
        required
        error={errors.occurredAt}
        {...form.textProps('occurredAt')}
      />
      <TextAreaField
        label="What happened?"
        hint="What they did, what they took, what they said."
        rows={4}
        required
        error={errors.description}
        {...form.textProps('description')}
      />
      <PhotoPicker photos={photos} onChange={setPhotos} error={errors.photos} />
      {welfare ? null : (
        <OffenderSection form={form} errors={errors} offenders={offenders} onOffendersChange={setOffenders} />
      )}
      <MoreDetails form={form} errors={errors} asksValue={chosen?.asksValue !== false} />
      <SubmitButton pending={pending} size="large">
        {pending ? 'Sending…' : refused?.retry ? 'Send again' : 'Send report'}
      </SubmitButton>
    </form>
  )
}
