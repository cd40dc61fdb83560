import Link from 'next/link'

/** Under a sign-in form: the way to a password reset for that kind of account. */
export const ForgottenPasswordLink = ({ href }: { href: string }) => (
  <p>
    <Link className="underline" href={href}>
      Forgotten your password?
    </Link>
  </p>
)
