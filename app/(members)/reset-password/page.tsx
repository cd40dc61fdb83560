import { ResetPasswordForm } from '@/components/members/PasswordForms'

export const metadata = { title: 'Choose a password' }

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>
}) {
  const { token } = await searchParams
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Choose a password</h1>
      {token ? (
        <ResetPasswordForm token={token.slice(0, 200)} />
      ) : (
        <p>This link is incomplete. Ask for a new one.</p>
      )}
    </div>
  )
}
