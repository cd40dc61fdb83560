'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { initialsOf } from './initialsOf'

/**
 * The admin's account picture: the staff member's initials in a circle drawn in Payload's theme colours.
 * Replaces Payload's default Gravatar, which would send a hash of every staff email address to a third
 * party (and which the content security policy blocks, leaving a broken image). Ringed on the account page,
 * as Payload's own icon is.
 */
export const StaffAvatar = () => {
  const { user } = useAuth<{ name?: string | null; email?: string | null }>()
  const {
    config: {
      routes: { admin },
      admin: {
        routes: { account },
      },
    },
  } = useConfig()
  const active = usePathname() === `${admin}${account}`
  return (
    <span aria-hidden="true" className="ntars-avatar" data-active={active ? 'true' : undefined}>
      {initialsOf(user?.name, user?.email)}
    </span>
  )
}
