import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { ServeNoticeForm } from '@/components/members/ServeNoticeForm'
import { BackLink } from '@/components/shared/BackLink'
import { getNoticeToServe } from '@/features/exclusionNotices/getNoticeToServe'
import { noticeViewerOf } from '@/features/exclusionNotices/noticeViewerOf'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { formatWhen } from '@/lib/format/formatWhen'

export const metadata = { title: 'Serve a notice' }

const stageLabels = { warning: 'Warning (yellow)', exclusion: 'Exclusion (red)' } as const

/** Serving a notice on a phone, for police (gallery profiles) and scheme staff signed in to the admin. */
export default async function ServeNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await noticeViewerOf(new Headers(await headers()))
  if (!viewer) redirect('/sign-in')
  const { id } = await params
  if (!/^\d{1,9}$/.test(id)) notFound()
  const notice = await getNoticeToServe(viewer, Number(id))
  if (!notice) {
    await auditMemberRefusal(viewer, {
      summary: `Exclusion notice #${id} refused`,
      entityCollection: 'exclusion-notices',
      entityId: Number(id),
    })
    notFound()
  }
  return (
    <article className="space-y-5">
      <BackLink href={`/offenders/${notice.profileId}`}>Back to the profile</BackLink>
      <h1 className="text-2xl font-bold">Serve a notice</h1>
      <section
        aria-labelledby="notice-summary"
        className={`space-y-2 rounded-lg border-2 bg-white p-4 ${notice.stage === 'exclusion' ? 'border-red-700' : 'border-amber-500'}`}
      >
        <h2 id="notice-summary" className="text-lg font-semibold">
          {stageLabels[notice.stage]} for {notice.name}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Starts</dt>
          <dd>{formatLongDate(notice.startsAt)}</dd>
          <dt className="font-medium">Ends</dt>
          <dd>{notice.endsAt ? formatLongDate(notice.endsAt) : 'Until withdrawn'}</dd>
          <dt className="font-medium">Appeal from</dt>
          <dd>{notice.appealFrom ? formatLongDate(notice.appealFrom) : 'Any time'}</dd>
        </dl>
        {notice.zone ? <p className="whitespace-pre-line">{notice.zone}</p> : null}
        <p>
          <a className="font-medium underline" href={`/notices/${notice.id}/pdf`} download>
            Download notice (PDF)
          </a>
        </p>
      </section>
      {notice.service ? (
        <section role="status" className="space-y-2 rounded border-l-4 border-green-700 bg-green-50 p-4">
          <h2 className="text-lg font-semibold">Already served</h2>
          <p>
            Served {formatWhen(notice.service.servedAt)} by {notice.service.servedByName}
            {notice.service.place ? ` at ${notice.service.place}` : ''}.{' '}
            {notice.service.signature === 'refused' ? 'The person refused to sign.' : 'The person signed.'}
          </p>
          {notice.service.hasSignedCopy ? (
            <p>
              <a className="underline" href={`/notices/${notice.id}/pdf`} download>
                Download the signed notice (PDF)
              </a>
            </p>
          ) : null}
        </section>
      ) : (
        <ServeNoticeForm noticeId={notice.id} profileId={notice.profileId} />
      )}
    </article>
  )
}
