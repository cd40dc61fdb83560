import Link from 'next/link'
import { BulletinPreferenceSection } from '@/components/members/BulletinPreferenceSection'
import { NotifiedDevices } from '@/components/members/NotifiedDevices'
import { PushDeviceSettings } from '@/components/members/PushDeviceSettings'
import { signOutEverywhereAction } from '@/features/account/signOutEverywhereAction'
import { listOwnDevices } from '@/features/pushAlerts/listOwnDevices'
import { pushPublicKey } from '@/features/pushAlerts/pushPublicKey'
import { memberSessionTimeouts } from '@/lib/auth/memberSessionTimeouts'
import { requireMember } from '@/lib/auth/requireMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export const metadata = { title: 'Your account' }

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ bulletin?: string | string[] }>
}) {
  const { bulletin } = await searchParams
  const member = await requireMember()
  const { idleMinutes, absoluteHours } = memberSessionTimeouts
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Your account</h1>
      <dl className="space-y-1">
        <div>
          <dt className="inline font-medium">Name: </dt>
          <dd className="inline">{member.name}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Email: </dt>
          <dd className="inline">{member.email}</dd>
        </div>
      </dl>
      <p>
        <Link className="underline" href="/account/password">
          Change your password
        </Link>
      </p>
      <PushDeviceSettings publicKey={pushPublicKey()} />
      <NotifiedDevices devices={await listOwnDevices(await getPayloadClient(), member)} />
      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          Signed-in devices
        </h2>
        <p>
          You are signed out after {idleMinutes} minutes without using the members’ area, and always{' '}
          {absoluteHours} hours after signing in. If a phone or computer you used is lost or shared, sign out
          everywhere: every device, this one included, will need your password again.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded bg-brand px-4 py-3 font-semibold text-on-brand">
            Sign out everywhere
          </button>
        </form>
      </section>
      <BulletinPreferenceSection
        receives={member.notifications?.weeklyBulletin !== false}
        outcome={typeof bulletin === 'string' ? bulletin : undefined}
      />
    </div>
  )
}
