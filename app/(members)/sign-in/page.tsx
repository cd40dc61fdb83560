import Link from 'next/link'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/members/SignInForm'
import { ForgottenPasswordLink } from '@/components/shared/ForgottenPasswordLink'
import { currentMember } from '@/lib/auth/currentMember'
import { safeNextPath } from '@/lib/auth/safeNextPath'

export const metadata = { title: 'Sign in' }

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams
  // Already signed in (a second scan of a poster, say): straight on to where they were going.
  if (await currentMember()) redirect(safeNextPath(next))
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Members’ sign-in</h1>
      <p className="text-slate-700">For staff of member businesses, police officers and partner agencies.</p>
      <SignInForm next={safeNextPath(next, '')} />
      <ForgottenPasswordLink href="/forgot-password" />
      <p className="text-sm text-slate-700">
        In an emergency call 999. BID staff sign in to the{' '}
        <Link className="underline" href="/admin">
          admin
        </Link>
        .
      </p>
    </div>
  )
}
