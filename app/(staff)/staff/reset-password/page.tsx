import { StaffResetPasswordForm } from '@/components/staff/StaffResetPasswordForm'

export const metadata = { title: 'Choose a new password' }

export default async function StaffResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>
}) {
  const { token } = await searchParams
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Choose a new staff password</h1>
      {token ? (
        <StaffResetPasswordForm token={token.slice(0, 200)} />
      ) : (
        <p>This link is incomplete. Ask for a new one.</p>
      )}
    </div>
  )
}
