import { ForgotPasswordForm } from '@/components/members/PasswordForms'

export const metadata = { title: 'Forgotten password' }

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Forgotten your password?</h1>
      <ForgotPasswordForm />
    </div>
  )
}
