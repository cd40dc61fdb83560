import { headers } from 'next/headers'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { ProfilePhotoGrid } from '@/components/members/ProfilePhotoGrid'
import { BackLink } from '@/components/shared/BackLink'
import { openTownAlert } from '@/features/pushAlerts/openTownAlert'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { currentMember } from '@/lib/auth/currentMember'
import { requireMember } from '@/lib/auth/requireMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { formatWhen } from '@/lib/format/formatWhen'

export const metadata = { title: 'Seen in town' }

/**
 * Where an "in town now" notification or email leads. The push named nobody; here, signed in, a member the
 * alert was sent to sees who, if the gallery rule still lets them see the profile. Every open is audited.
 */
export default async function TownAlertPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ via?: string }>
}) {
  const { id } = await params
  if (!/^\d+$/.test(id)) notFound()
  const via = (await searchParams).via === 'push' ? 'push' : 'link'
  // From a notification on a signed-out phone: sign in, then come straight back here.
  if (!(await currentMember())) {
    redirect(`/sign-in?next=${encodeURIComponent(`/alerts/${id}${via === 'push' ? '?via=push' : ''}`)}`)
  }
  const member = await requireMember()
  const alert = await openTownAlert(await getPayloadClient(), member, Number(id), {
    via,
    headers: new Headers(await headers()),
  })
  if (!alert) {
    await auditMemberRefusal(member, {
      summary: `“In town now” alert #${id} refused`,
      entityCollection: 'town-alerts',
      entityId: Number(id),
    })
    notFound()
  }
  const { profile } = alert
  return (
    <article className="space-y-4">
      <BackLink href="/members">Back to the members’ area</BackLink>
      <h1 className="text-2xl font-bold">Seen in town: {profile.displayName}</h1>
      <p className="text-lg">
        Seen at <strong>{alert.place}</strong>, {formatWhen(alert.sentAt)}.
      </p>
      <ProfilePhotoGrid name={profile.displayName} photoIds={profile.photoIds} />
      <p>
        <Link className="underline" href={`/offenders/${profile.id}`}>
          See the full profile
        </Link>
      </p>
      <p className="text-sm">
        Do not approach. If you see them in your business and are worried, call the police on 999.
      </p>
    </article>
  )
}
