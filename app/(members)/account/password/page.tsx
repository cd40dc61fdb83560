import { redirect } from 'next/navigation'
import { ChangePasswordForm } from '@/components/members/PasswordForms'
import { currentMember } from '@/lib/auth/currentMember'

export const metadata = { title: 'Change password' }

export default async function ChangePasswordPage() {
  // Not requireMember: it would send a member who must change their password straight back here.
  const member = await currentMember()
  if (!member) redirect('/sign-in')
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Change your password</h1>
      {member.mustChangePassword ? <p>Please choose your own password before you go on.</p> : null}
      <ChangePasswordForm />
    </div>
  )
}
