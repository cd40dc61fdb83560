import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ForgottenPasswordLink } from '@/components/shared/ForgottenPasswordLink'
import { StaffSignInForm } from '@/components/staff/StaffSignInForm'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getSchemeSettings } from '@/lib/settings/getSchemeSettings'
import { safeAdminPath } from '@/lib/staffAuth/safeAdminPath'

export const metadata = { title: 'Staff sign-in' }

export default async function StaffSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; reset?: string }>
}) {
  const { next, reset } = await searchParams
  if (await currentStaff()) redirect(safeAdminPath(next))
  const { schemeName } = await getSchemeSettings()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{schemeName} staff sign-in</h1>
      <p className="text-slate-700">For BID staff. You need your password and your authenticator app.</p>
      {reset ? (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
          Password set. Sign in with it and your authenticator code.
        </p>
      ) : null}
      <StaffSignInForm next={safeAdminPath(next)} schemeName={schemeName} />
      <ForgottenPasswordLink href="/admin/forgot" />
      <p className="text-sm text-slate-700">
        Lost your phone and your recovery codes? Ask one of the {schemeName} admins to reset your second
        factor. Member businesses sign in to the{' '}
        <Link className="underline" href="/sign-in">
          members’ area
        </Link>
        .
      </p>
    </div>
  )
}
